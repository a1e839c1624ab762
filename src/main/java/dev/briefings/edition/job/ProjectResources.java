package dev.briefings.edition.job;

import dev.briefings.i18n.Translations;
import dev.briefings.render.TemplateSet;

/**
 * The project files a run renders with, loaded and checked once before the job starts (so that a
 * broken translation or template stops the run with exit 2 before anything is written).
 */
public record ProjectResources(Translations translations, TemplateSet templates) {
}
