package dev.briefings.render;

import java.util.Locale;
import java.util.Optional;

/** The formats an edition is published in; only HTML escapes what it inserts. */
public enum OutputFormat {
    HTML("html", true),
    MARKDOWN("md", false),
    TEXT("txt", false);

    private final String extension;
    private final boolean escapesHtml;

    OutputFormat(String extension, boolean escapesHtml) {
        this.extension = extension;
        this.escapesHtml = escapesHtml;
    }

    /** The file extension and the name used in the manifest and on the command line. */
    public String extension() {
        return extension;
    }

    public boolean escapesHtml() {
        return escapesHtml;
    }

    public static Optional<OutputFormat> fromExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format.extension.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
