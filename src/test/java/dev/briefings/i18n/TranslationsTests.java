package dev.briefings.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.TestProject;
import dev.briefings.data.InvalidProjectFile;

/** A broken translation stops the run before anything is written, naming file, line and key. */
class TranslationsTests {

    @TempDir
    Path project;

    private Path edit(String file, String from, String to) {
        TestProject.copy(project);
        Path path = project.resolve("translations").resolve(file);
        String text = TestProject.read(path);
        assertThat(text).contains(from);
        TestProject.write(path, text.replace(from, to));
        return path;
    }

    private InvalidProjectFile loadFails() {
        try {
            Translations.load(project.resolve("translations"));
        } catch (InvalidProjectFile e) {
            return e;
        }
        throw new AssertionError("the translations loaded");
    }

    @Test
    void shippedTranslations_load() {
        Translations translations = TestProject.translations();
        assertThat(translations.localeIds()).containsExactly("en", "ru");
        assertThat(translations.kinds().ids()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void missingKindMessage_namesLocaleAndKey() {
        Path file = edit("ru/kinds/cases.reported.yaml", "record: |-", "recrd: |-");
        InvalidProjectFile error = loadFails();
        assertThat(error.getMessage()).contains("'cases.reported.record' is missing from locale 'ru'");
        assertThat(error.file()).isEqualTo(file);
    }

    @Test
    void messageUsingAnArgumentNeverGiven_namesFileLineAndArgument() {
        Path file = edit("ru/kinds/talks.ordered.yaml", "между {parties_ins}", "между {partys_ins}");
        InvalidProjectFile error = loadFails();
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.position().line()).isEqualTo(3); // the line of the message's key
        assertThat(error.getMessage()).contains("talks.ordered.lede").contains("{partys_ins}");
    }

    @Test
    void icuSyntaxError_isReportedWithItsKey() {
        edit("en/kinds/talks.ordered.yaml", "ordered talks on {subject} between", "ordered talks on {subject between");
        assertThat(loadFails().getMessage()).contains("talks.ordered.lede").contains("not a valid ICU message");
    }

    @Test
    void glossaryEntryMissingACase_namesTheEntryAndCase() {
        edit("ru/glossary.yaml", "    ins: Росгвардией\n", "");
        InvalidProjectFile error = loadFails();
        assertThat(error.getMessage()).contains("rosgvardia.name.ins").contains("the ins form is missing");
    }

    @Test
    void russianEntryWithoutGender_whoseNameNothingDeclines_isRefused() {
        edit("ru/glossary.yaml", "tass:\n  gender: neuter\n", "tass:\n");
        assertThat(loadFails().getMessage()).contains("tass.gender").contains("grammatical gender");
    }

    @Test
    void duplicateKeyInAMessageFile_isRefused() {
        edit("ru/messages.yaml", "ui:\n  background: |-\n    Предыстория\n",
                "ui:\n  background: |-\n    Предыстория\n  background: |-\n    Снова\n");
        assertThat(loadFails().getMessage()).contains("duplicate key 'background'");
    }

    @Test
    void nonStringMessage_isRefused() {
        edit("ru/messages.yaml", "ui:\n  background: |-\n    Предыстория\n", "ui:\n  background: 1.10\n");
        assertThat(loadFails().getMessage()).contains("ui.background").contains("expected text");
    }
}
