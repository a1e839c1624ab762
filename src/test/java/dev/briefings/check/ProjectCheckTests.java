package dev.briefings.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.briefings.TestProject;
import dev.briefings.edition.ProjectCheck;

/**
 * Every check id, proved both ways: the shipped project (the clean fixture) has no finding at
 * all, and one small break per check makes that check fire with the right file, line and key.
 * Each break is an edit of a copy of the project: replace a text in a file (or delete the file).
 */
class ProjectCheckTests {

    @TempDir
    Path project;

    private ProjectCheck.Report check() {
        return ProjectCheck.run(project.resolve("translations"), project.resolve("templates"),
                Optional.of(project.resolve("events")), Set.of());
    }

    @Test
    void shippedProject_hasNoFindingAtAll() {
        TestProject.copy(project);

        ProjectCheck.Report report = check();

        assertThat(report.findings()).isEmpty();
        assertThat(report.locales()).isEqualTo(2);
        assertThat(report.templates()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void everyCheckId_hasABrokenFixtureBelow() {
        Set<String> covered = Arrays.stream(ProjectCheckTests.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("check_firesOnItsBrokenFixture"))
                .flatMap(m -> Arrays.stream(m.getAnnotation(CsvSource.class).textBlock().split("\n")))
                .map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.split("\\|")[0].strip())
                .collect(Collectors.toSet());
        covered.add("not-utf8");
        assertThat(covered).containsAll(Arrays.stream(Check.values()).map(Check::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            yaml-syntax                 | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: [Предыстория` | ru/messages.yaml | | 133
            yaml-duplicate-key          | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: |-\\n    Предыстория\\n  background: |-\\n    Снова` | ru/messages.yaml | | 134
            yaml-alias                  | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: &bg Предыстория\\n  again: *bg` | ru/messages.yaml | | 133
            yaml-non-string             | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: 1.10` | ru/messages.yaml | ui.background | 132
            yaml-1.1-coercion           | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: no` | ru/messages.yaml | ui.background | 132
            missing-message             | translations/ru/kinds/cases.reported.yaml | `record: |-` | `recrd: |-` | ru/kinds/cases.reported.yaml | cases.reported.record | 1
            obsolete-message            | translations/ru/kinds/cases.reported.yaml | `record: |-` | `recrd: |-` | ru/kinds/cases.reported.yaml | cases.reported.recrd | 85
            empty-message               | translations/ru/messages.yaml | `ui:\\n  background: |-\\n    Предыстория` | `ui:\\n  background: ''` | ru/messages.yaml | ui.background | 132
            untranslated-message        | translations/ru/messages.yaml | Предыстория | Background | ru/messages.yaml | ui.background | 132
            icu-syntax                  | translations/ru/kinds/talks.ordered.yaml | {parties_ins}. | {parties_ins. | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 4
            numbered-argument           | translations/ru/kinds/talks.ordered.yaml | {parties_ins} | {0} | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 4
            unknown-argument            | translations/ru/kinds/talks.ordered.yaml | {parties_ins} | {author} | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 4
            missing-argument            | translations/ru/kinds/talks.ordered.yaml | {subject_pre} между {parties_ins}. | {subject_pre}. | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 3
            argument-type               | translations/ru/kinds/talks.ordered.yaml | {parties_ins} | {parties_ins, number} | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 4
            plural-missing-category     | translations/ru/kinds/cases.reported.yaml | `      few {За сутки умерли # пациента с {disease_ins}.}\\n      many {За сутки умерли # пациентов с {disease_ins}.}\\n` | `` | ru/kinds/cases.reported.yaml | cases.reported.deaths | 79
            plural-unknown-keyword      | translations/ru/kinds/cases.reported.yaml | few {За сутки | fwe {За сутки | ru/kinds/cases.reported.yaml | cases.reported.deaths | 79
            select-unknown-value        | translations/ru/kinds/agreement.signed.yaml | on_signing {Соглашение | on_sign {Соглашение | ru/kinds/agreement.signed.yaml | agreement.signed.effective | 12
            missing-other               | translations/ru/kinds/agreement.signed.yaml | `\\n    other {Соглашение вступит в силу позднее.}}` | `}` | ru/kinds/agreement.signed.yaml | agreement.signed.effective | 11
            optional-outside-branch     | translations/ru/kinds/meeting.held.yaml | `0 {{participants_nom} встретились {place_in}}` | `0 {{participants_nom} встретились {venue_in}}` | ru/kinds/meeting.held.yaml | meeting.held.headline | 3
            count-without-approx        | translations/ru/kinds/result.certified.yaml | `{margin_approx, select,` | `{margin_known, select,` | ru/kinds/result.certified.yaml | result.certified.margin | 7
            count-without-approx        | translations/ru/kinds/result.certified.yaml | `    under {{winner_nom} {winner_gender, select, feminine {победила} other {победил}} с перевесом менее чем в {margin, plural, one {# голос} few {# голоса} many {# голосов} other {# голоса}}.}\\n` | `` | ru/kinds/result.certified.yaml | result.certified.margin | 6
            zero-without-branch         | translations/ru/kinds/cases.reported.yaml | `      =0 {Умерших за сутки нет.}\\n` | `` | ru/kinds/cases.reported.yaml | cases.reported.deaths | 79
            whitespace                  | translations/ru/messages.yaml | Предыстория | Предыстория\\u0020 | ru/messages.yaml | ui.background | 132
            end-punctuation             | translations/ru/kinds/talks.ordered.yaml | {parties_ins}. | {parties_ins}! | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 3
            ascii-quote                 | translations/ru/kinds/talks.ordered.yaml | между {parties_ins} | между "{parties_ins}" | ru/kinds/talks.ordered.yaml | talks.ordered.lede | 4
            replacement-character       | translations/ru/messages.yaml | Предыстория | Предыст\\ufffdрия | ru/messages.yaml | ui.background | 133
            preposition-form            | translations/ru/kinds/agreement.signed.yaml | со дня подписания | о этом дне | ru/kinds/agreement.signed.yaml | agreement.signed.effective | 13
            render-leak                 | translations/ru/messages.yaml | Предыстория | Предыстория # | ru/messages.yaml | ui.background | 132
            reference-note              | translations/en/kinds/talks.ordered.yaml | `  note: "Sentence: when an official ordered negotiations on a subject between parties (a list)."\\n` | `` | en/kinds/talks.ordered.yaml | talks.ordered.lede | 9
            reference-args              | translations/en/kinds/talks.ordered.yaml | `    subject: {type: entity, example: "a cooperation agreement"}\\nlede` | lede | en/kinds/talks.ordered.yaml | talks.ordered.headline | 7
            glossary-missing-case       | translations/ru/glossary.yaml | `    ins: Росгвардией\\n` | `` | ru/glossary.yaml | rosgvardia.name.ins | 435
            glossary-missing-gender     | translations/ru/glossary.yaml | tass:\\n  gender: neuter\\n | tass:\\n | ru/glossary.yaml | tass.gender | 512
            glossary-gender-mismatch    | translations/ru/glossary.yaml | `the-west:\\n  gender: masculine\\n` | `the-west:\\n  gender: feminine\\n` | ru/glossary.yaml | the-west.name | 741
            glossary-inferred-gender    | translations/ru/glossary.yaml | rosgvardia:\\n  gender: feminine\\n | rosgvardia:\\n | ru/glossary.yaml | rosgvardia.gender | 432
            glossary-generated-case     | translations/ru/glossary.yaml | `  name:\\n    nom: Росгвардия\\n    gen: Росгвардии\\n    dat: Росгвардии\\n    acc: Росгвардию\\n    ins: Росгвардией\\n    pre: Росгвардии\\n` | `  name: Росгвардия\\n` | ru/glossary.yaml | rosgvardia.name | 434
            glossary-unknown-entity     | translations/ru/glossary.yaml | rosgvardia: | rosgvardiya: | ru/glossary.yaml | rosgvardiya | 432
            glossary-invalid            | translations/ru/glossary.yaml | rosgvardia:\\n  gender: feminine\\n | rosgvardia:\\n  gender: feminine\\n  colour: red\\n | ru/glossary.yaml | rosgvardia.colour | 434
            glossary-missing-entity     | translations/en/glossary.yaml | `pfizer: {name: Pfizer}\\n` | `` | en/glossary.yaml | pfizer | 1
            glossary-unused             | events/2020-11-20/trump-jr.yaml | DELETE | | ru/glossary.yaml | trump-jr | 166
            project-file                | translations/kinds/meeting.held.yaml | roles: | rolez: | kinds/meeting.held.yaml | | 2
            template-missing            | templates/brief.md.mustache | DELETE | | templates/brief.md.mustache | brief.md.mustache | 1
            template-syntax             | templates/story.txt.mustache | {{headline}} | {{{headline}} | templates/story.txt.mustache | story | 1
            template-unbalanced-section | templates/story.txt.mustache | `{{/paragraphs}}\\n` | `` | templates/story.txt.mustache | story | 
            template-unknown-variable   | templates/story.txt.mustache | {{dateline}} | {{dateLine}} | templates/story.txt.mustache | dateLine | 2
            template-unknown-partial    | templates/brief.html.mustache | {{> style.html}} | {{> styles.html}} | templates/brief.html.mustache | brief | 
            """)
    void check_firesOnItsBrokenFixture(String id, String file, String from, String to, String findingFile, String key,
            Integer line) throws Exception {
        // given a copy of the project with one break
        TestProject.copy(project);
        Path target = project.resolve(file);
        if (from.equals("DELETE")) {
            Files.delete(target);
        } else {
            String text = Files.readString(target, StandardCharsets.UTF_8);
            String original = unescape(from);
            assertThat(text).as("the fixture text in " + file).contains(original);
            Files.writeString(target, text.replace(original, unescape(to == null ? "" : to)), StandardCharsets.UTF_8);
        }

        // when the project is checked
        List<Finding> findings = check().findings().stream().filter(f -> f.check().id().equals(id)).toList();

        // then the check fires, naming the file, key and line
        assertThat(findings).as(id + " findings").isNotEmpty();
        assertThat(findings).as(id + " findings").anySatisfy(finding -> {
            assertThat(finding.file().toString().replace('\\', '/')).endsWith(findingFile);
            if (key != null) {
                assertThat(finding.key()).isEqualTo(key);
            }
            if (line != null) {
                assertThat(finding.position().line()).isEqualTo(line);
            }
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.fix()).isNotBlank();
        });
    }

    @Test
    void notUtf8_isReportedWithTheLineOfTheBadByte() throws Exception {
        TestProject.copy(project);
        Path file = project.resolve("translations/ru/messages.yaml");
        byte[] bytes = Files.readAllBytes(file);
        byte[] tail = "  extra: |-\n    caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, broken, bytes.length, tail.length);
        Files.write(file, broken);

        assertThat(check().findings()).anySatisfy(finding -> {
            assertThat(finding.check()).isEqualTo(Check.NOT_UTF8);
            assertThat(finding.file()).isEqualTo(file);
            assertThat(finding.message()).contains("0xE9");
        });
    }

    @Test
    void brokenPrepositionRule_isOneFinding_andTheRestOfLocaleYamlStillApplies() {
        // given a Russian prepositions rule whose group is never closed
        TestProject.copy(project);
        Path file = project.resolve("translations/ru/locale.yaml");
        TestProject.write(file, TestProject.read(file).replace("before: \"(?:мне|всём", "before: \"(?:мне|всём("));

        // then the check names the field and the character, and reads the glossary with the locale's cases
        assertThat(check().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(Check.PROJECT_FILE);
            assertThat(finding.file()).isEqualTo(file);
            assertThat(finding.message()).contains("prepositions.о[1].before").contains("not a valid regular expression")
                    .contains("at character 30");
        });
    }

    @Test
    void findings_carryTheReferencesNoteForTranslators() {
        TestProject.copy(project);
        Path file = project.resolve("translations/ru/kinds/cases.reported.yaml");
        TestProject.write(file, TestProject.read(file).replace("few {За сутки", "fwe {За сутки"));

        Finding finding = check().findings().stream().filter(f -> f.check() == Check.PLURAL_UNKNOWN_KEYWORD).findFirst()
                .orElseThrow();

        assertThat(finding.note()).hasValueSatisfying(note -> assertThat(note).contains("how many people"));
        assertThat(finding.message()).contains("'fwe'").contains("few, many, one, other");
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\u0020", " ").replace("\\ufffd", "\uFFFD");
    }
}
