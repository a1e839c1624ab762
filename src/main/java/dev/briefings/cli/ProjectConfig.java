package dev.briefings.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefings.data.FieldProblem;
import dev.briefings.data.InvalidProjectFile;
import dev.briefings.data.MapReader;
import dev.briefings.data.ProjectFiles;
import dev.briefings.edition.runs.RepositorySettings;

/**
 * The optional configuration file ({@code briefings.yaml}) and the environment variables that
 * override it: the newsroom's time zone and the job repository.
 * <pre>
 * timezone: Europe/Moscow          # BRIEFINGS_TIMEZONE
 * repository:
 *   url: jdbc:postgresql://db/...  # BRIEFINGS_REPOSITORY_URL
 *   user: briefings                # BRIEFINGS_REPOSITORY_USER
 *   password: secret               # BRIEFINGS_REPOSITORY_PASSWORD
 * </pre>
 */
record ProjectConfig(Optional<Path> file, ZoneId timezone, RepositorySettings repository) {

    static final String DEFAULT_FILE = "briefings.yaml";

    static ProjectConfig load(Path file, Map<String, String> environment) {
        Optional<MapReader> root = new ProjectFiles().optionalMap(file);
        Optional<String> zone = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (root.isPresent()) {
            try {
                MapReader config = root.get().allowOnly(Set.of("timezone", "repository"));
                zone = config.optionalString("timezone");
                Optional<MapReader> repository = config.optionalMap("repository");
                if (repository.isPresent()) {
                    repository.get().allowOnly(Set.of("url", "user", "password"));
                    url = repository.get().optionalString("url");
                    user = repository.get().optionalString("user");
                    password = repository.get().optionalString("password");
                }
            } catch (FieldProblem e) {
                throw new InvalidProjectFile(file, e);
            }
        }
        Optional<String> fileZone = zone;
        Optional<String> fileUrl = url;
        Optional<String> fileUser = user;
        Optional<String> filePassword = password;
        zone = env(environment, "BRIEFINGS_TIMEZONE").or(() -> fileZone);
        url = env(environment, "BRIEFINGS_REPOSITORY_URL").or(() -> fileUrl);
        user = env(environment, "BRIEFINGS_REPOSITORY_USER").or(() -> fileUser);
        password = env(environment, "BRIEFINGS_REPOSITORY_PASSWORD").or(() -> filePassword);
        ZoneId timezone;
        try {
            timezone = zone.map(ZoneId::of).orElse(ZoneId.of("UTC"));
        } catch (DateTimeException e) {
            throw new InvalidProjectFile(file, dev.briefings.data.Position.START,
                    "timezone '" + zone.orElse("") + "' is not a time zone; use an IANA name such as Europe/Moscow");
        }
        return new ProjectConfig(root.isPresent() ? Optional.of(file) : Optional.empty(), timezone,
                new RepositorySettings(url, user, password));
    }

    private static Optional<String> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
