package dev.briefings.i18n;

import java.nio.file.Path;
import java.util.Optional;

import dev.briefings.data.MapNode;
import dev.briefings.data.Node;
import dev.briefings.data.Position;

/** One message as written: its text (absent when not text), note and declared arguments. */
record MessageEntry(String key, Path file, Position keyPosition, Node value, Optional<String> text,
        Optional<String> note, Optional<MapNode> args) {
}
