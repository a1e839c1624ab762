package dev.briefings.edition.job;

import dev.briefings.events.EventRecord;

/** A story to render, with its place in the render step's reading order (which names its chunk files). */
public record StoryItem(long position, EventRecord record) {
}
