package dev.briefings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.Position;
import dev.briefings.data.ProjectFiles;
import dev.briefings.edition.EditionLauncher;
import dev.briefings.edition.runs.EditionLock;
import dev.briefings.edition.runs.RepositorySchema;
import dev.briefings.edition.runs.RepositorySettings;

/**
 * The optional configuration file ({@code briefings.yaml}) and the environment variables that
 * override it: the newsroom's time zone, the job repository, and how long a run may show no sign
 * of life before another run calls it hung.
 * <pre>
 * timezone: Europe/Moscow          # BRIEFINGS_TIMEZONE
 * stuck-after: 30m                 # BRIEFINGS_STUCK_AFTER
 * repository:
 *   url: jdbc:postgresql://db/...  # BRIEFINGS_REPOSITORY_URL
 *   user: briefings                # BRIEFINGS_REPOSITORY_USER
 *   password: secret               # BRIEFINGS_REPOSITORY_PASSWORD
 * </pre>
 * A value that is wrong is blamed on where it came from: the variable when one set it, else the file.
 */
record ProjectConfig(Optional<Path> file, ZoneId timezone, RepositorySettings repository, Duration stuckAfter) {

    static final String DEFAULT_FILE = "briefings.yaml";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhdw])");

    /**
     * Reads the configuration.
     *
     * @param required whether the file must exist (it was named with --config); the default file is optional
     */
    static ProjectConfig load(Path file, boolean required, Map<String, String> environment) {
        if (required && !Files.isRegularFile(file)) {
            throw new EditionLauncher.InvalidRequest("the configuration file " + file + " given with --config "
                    + (Files.exists(file) ? "is not a file" : "does not exist") + "; name a YAML file such as briefings.yaml, "
                    + "or leave --config out for the project's own");
        }
        Optional<MapReader> root = new ProjectFiles().optionalMap(file);
        Optional<String> zone = Optional.empty();
        Optional<String> stuck = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        Position zonePosition = Position.START;
        Position stuckPosition = Position.START;
        Position urlPosition = Position.START;
        if (root.isPresent()) {
            try {
                MapReader config = root.get().allowOnly(Set.of("timezone", "repository", "stuck-after"));
                zone = config.optionalString("timezone");
                zonePosition = config.positionOf("timezone");
                stuck = config.optionalString("stuck-after");
                stuckPosition = config.positionOf("stuck-after");
                Optional<MapReader> repository = config.optionalMap("repository");
                if (repository.isPresent()) {
                    repository.get().allowOnly(Set.of("url", "user", "password"));
                    url = repository.get().optionalString("url");
                    urlPosition = repository.get().positionOf("url");
                    user = repository.get().optionalString("user");
                    password = repository.get().optionalString("password");
                }
            } catch (FieldProblem e) {
                throw new InvalidProjectFile(file, e);
            }
        }
        ZoneId timezone = timezone(file, zone, zonePosition, env(environment, "BRIEFINGS_TIMEZONE"));
        Duration stuckAfter = stuckAfter(file, stuck, stuckPosition, env(environment, "BRIEFINGS_STUCK_AFTER"));
        Optional<String> fileUrl = url;
        Optional<String> variableUrl = env(environment, "BRIEFINGS_REPOSITORY_URL");
        repositoryUrl(file, fileUrl, urlPosition, variableUrl);
        Optional<String> fileUser = user;
        Optional<String> filePassword = password;
        return new ProjectConfig(root.isPresent() ? Optional.of(file) : Optional.empty(), timezone,
                new RepositorySettings(variableUrl.or(() -> fileUrl),
                        env(environment, "BRIEFINGS_REPOSITORY_USER").or(() -> fileUser),
                        env(environment, "BRIEFINGS_REPOSITORY_PASSWORD").or(() -> filePassword)),
                stuckAfter);
    }

    /** A repository URL this program can use, blamed on where it came from when it is not one. */
    private static void repositoryUrl(Path file, Optional<String> inFile, Position position, Optional<String> variable) {
        Optional<String> url = variable.or(() -> inFile);
        if (url.isEmpty()) {
            return;
        }
        if (RepositorySchema.supports(url.get())) {
            return;
        }
        String problem = "'" + url.get() + "' is not a job repository URL; use jdbc:postgresql://host/database, or "
                + "leave it out for the embedded default";
        if (variable.isPresent()) {
            throw new EditionLauncher.InvalidRequest("the variable BRIEFINGS_REPOSITORY_URL: " + problem);
        }
        throw new InvalidProjectFile(file, position, "repository.url " + problem);
    }

    private static ZoneId timezone(Path file, Optional<String> inFile, Position position, Optional<String> variable) {
        Optional<String> zone = variable.or(() -> inFile);
        try {
            return zone.map(ZoneId::of).orElse(ZoneId.of("UTC"));
        } catch (DateTimeException e) {
            String problem = "'" + zone.get() + "' is not a time zone; use an IANA name such as Europe/Moscow";
            if (variable.isPresent()) {
                throw new EditionLauncher.InvalidRequest("the variable BRIEFINGS_TIMEZONE: " + problem);
            }
            throw new InvalidProjectFile(file, position, "timezone " + problem);
        }
    }

    private static Duration stuckAfter(Path file, Optional<String> inFile, Position position, Optional<String> variable) {
        Optional<String> text = variable.or(() -> inFile);
        if (text.isEmpty()) {
            return EditionLauncher.STUCK_AFTER;
        }
        Optional<Duration> parsed = duration(text.get());
        if (parsed.isPresent() && parsed.get().compareTo(EditionLock.SHORTEST_STUCK_AFTER) >= 0) {
            return parsed.get();
        }
        String problem = parsed.isPresent()
                ? "'" + text.get() + "' is shorter than " + EditionLock.SHORTEST_STUCK_AFTER.toSeconds()
                        + "s, five heartbeats of a running edition; a live run would be called hung"
                : "'" + text.get() + "' is not a length of time; write a number and s, m, h or d, such as 30m";
        if (variable.isPresent()) {
            throw new EditionLauncher.InvalidRequest("the variable BRIEFINGS_STUCK_AFTER: " + problem);
        }
        throw new InvalidProjectFile(file, position, "stuck-after " + problem);
    }

    /** A length of time written as a number and a unit: s, m, h, d or w (90s, 30m, 2h, 90d, 1w). */
    static Optional<Duration> duration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "w" -> Duration.ofDays(7 * amount);
            default -> Duration.ofDays(amount);
        });
    }

    private static Optional<String> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
