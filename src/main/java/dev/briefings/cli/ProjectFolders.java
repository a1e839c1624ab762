package dev.briefings.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

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

    Path templates(Path project) {
        return templates != null ? templates : project.resolve("templates");
    }
}
