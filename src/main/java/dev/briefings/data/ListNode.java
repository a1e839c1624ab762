package dev.briefings.data;

import java.util.List;

/** A sequence of values. */
public record ListNode(List<Node> items, Position position) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
