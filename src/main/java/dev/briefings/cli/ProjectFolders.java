package dev.briefings.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import dev.briefings.edition.EditionLauncher;
import dev.briefings.i18n.Translations;

/** The options naming the project's folders, shared by the commands that read them. */
final class ProjectFolders {

    @Option(names = "--events", paramLabel = "DIR", description = "The folder of event records (default: events/).")
    Path events;

    @Option(names = "--translations", paramLabel = "DIR",
            description = "The folder of translations and event kinds (default: translations/).")
    Path translations;

    @Option(names = "--templates", paramLabel = "DIR", description = "The folder of templates (default: templates/).")
    Path templates;

    Path events(Path project) {
        return events != null ? events : project.resolve("events");
    }

    Path translations(Path project) {
        return translations != null ? translations : project.resolve("translations");
    }

    /** Refuses (exit 2) a locale that has no folder under the translations, naming those that do. */
    static void requireLocales(Path translations, List<String> locales) {
        List<String> available = Translations.localeIdsIn(translations);
        for (String locale : locales) {
            if (!available.contains(locale)) {
                throw new EditionLauncher.InvalidRequest("unknown locale '" + locale + "'; locales with translations: "
                        + String.join(", ", available));
            }
        }
    }

    Path templates(Path project) {
        return templates != null ? templates : project.resolve("templates");
    }
}
