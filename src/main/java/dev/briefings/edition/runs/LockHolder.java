package dev.briefings.edition.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds an edition's lock, as the holder described itself, and when it last showed a sign
 * of life (its heartbeat). A holder whose heartbeat is old is hung (stopped, swapped out, stuck
 * on a dead disk): its lock is held, but nothing is happening.
 */
public record LockHolder(String description, Optional<Instant> heartbeat) {

    /** A holder nothing is known of. */
    public static LockHolder unknown(String description) {
        return new LockHolder(description, Optional.empty());
    }

    /** How long ago the holder last showed a sign of life, if it is known. */
    public Optional<Duration> silentFor(Instant now) {
        return heartbeat.map(beat -> Duration.between(beat, now)).map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    /** A length of time as an operator reads it: 41 s, 12 min, 3 h. */
    public static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    /** Whether the holder has shown no sign of life for longer than the limit. */
    public boolean stuck(Instant now, Duration limit) {
        return silentFor(now).filter(silence -> silence.compareTo(limit) > 0).isPresent();
    }
}
