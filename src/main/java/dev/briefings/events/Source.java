package dev.briefings.events;

import java.time.LocalDate;
import java.util.Optional;

/** Who reported the event (an agency), whom they cited, and the day they reported it. */
public record Source(String agency, Optional<String> citing, LocalDate reported) {
}
