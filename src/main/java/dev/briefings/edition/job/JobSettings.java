package dev.briefings.edition.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.briefings.edition.publish.EditionPaths;
import dev.briefings.edition.runs.JobKeys;
import dev.briefings.render.OutputFormat;

/**
 * The parameters of the run in progress, read once per step from the job parameters: where the
 * records are, which edition and generation, where its files go, and in which locales, formats
 * and time zone. The steps' beans take this instead of each reading the parameters again.
 */
public record JobSettings(Path events, EditionPaths paths, String fingerprint, List<String> locales,
        List<OutputFormat> formats, ZoneId timezone, String renderBase, boolean force, int keepGenerations) {

    public JobSettings {
        locales = List.copyOf(locales);
        formats = List.copyOf(formats);
    }

    /** The settings held in a run's job parameters (as {@code #{jobParameters}} gives them). */
    public static JobSettings of(Map<String, Object> parameters) {
        String fingerprint = text(parameters, JobKeys.FINGERPRINT);
        long generation = ((Number) parameters.get(JobKeys.GENERATION)).longValue();
        EditionPaths paths = new EditionPaths(Path.of(text(parameters, JobKeys.OUTPUT)),
                LocalDate.parse(text(parameters, JobKeys.EDITION)), EditionPaths.generationName(fingerprint, generation));
        return new JobSettings(Path.of(text(parameters, JobKeys.EVENTS)), paths, fingerprint,
                list(text(parameters, JobKeys.LOCALES)), formats(text(parameters, JobKeys.FORMATS)),
                ZoneId.of(text(parameters, JobKeys.TIMEZONE)), text(parameters, JobKeys.RENDER_BASE),
                Boolean.parseBoolean(text(parameters, JobKeys.FORCE)),
                ((Number) parameters.get(JobKeys.KEEP)).intValue());
    }

    public LocalDate edition() {
        return paths.edition();
    }

    private static String text(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the job parameter '" + name + "' is missing");
        }
        return value.toString();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<OutputFormat> formats(String commaSeparated) {
        return list(commaSeparated).stream()
                .map(f -> OutputFormat.fromExtension(f).orElseThrow(() -> new IllegalArgumentException("unknown format " + f)))
                .toList();
    }
}
