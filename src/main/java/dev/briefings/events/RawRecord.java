package dev.briefings.events;

import dev.briefings.data.Node;

/** A record as parsed from its file, not yet validated. */
public record RawRecord(Node node, Origin origin) {
}
