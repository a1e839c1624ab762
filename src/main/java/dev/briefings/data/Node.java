package dev.briefings.data;

/**
 * A value read from a YAML or JSON file that remembers where it was written, so that every
 * error about it can name the file, line and column.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where the value starts in its file. */
    Position position();

    /** A short description of the kind of value, for error messages ("a list", "a number"). */
    String describe();
}
