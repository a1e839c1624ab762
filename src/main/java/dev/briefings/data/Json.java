package dev.briefings.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the JSON the product produces itself (the manifest, staged work between job
 * steps). Output is indented and deterministic: the same value always gives the same bytes.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    /** One line with every map's entries in key order: the same content gives the same bytes in any run. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** A value on one line, for files of one JSON value per line. */
    public static String line(Object value) {
        return COMPACT.writeValueAsString(value);
    }

    /**
     * A value as compact JSON whose bytes depend only on its content: maps (whose order in memory
     * may differ from one run to the next) are written in key order. For digests.
     */
    public static byte[] canonical(Object value) {
        return CANONICAL.writeValueAsBytes(value);
    }

    public static void write(Object value, OutputStream out) {
        MAPPER.writeValue(out, value);
    }

    /** A value from part of an array: {@code length} bytes from {@code offset}. */
    public static <T> T read(byte[] bytes, int offset, int length, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(bytes, offset, length, type);
        } catch (JacksonException e) {
            throw new IOException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(byte[] bytes, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new IOException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** An object read without its large array, and what that array held: its objects, and those with a field set. */
    public record Counted<T>(T value, int elements, int withField) {
    }

    /**
     * Reads an object whose one array field (of objects) may be too large to hold, and counts its
     * elements, and those in which {@code field} is present and not null, without binding them: the
     * array is only tokenized, several times faster than reading its elements. Every other field is
     * read as usual.
     */
    public static <T> Counted<T> readCountingArray(Path file, Class<T> type, String arrayField, String field)
            throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024);
                tools.jackson.core.JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                throw new IOException("unreadable JSON: expected an object");
            }
            tools.jackson.databind.node.ObjectNode rest = MAPPER.createObjectNode();
            tools.jackson.databind.ObjectReader trees = MAPPER.reader()
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            int elements = 0;
            int withField = 0;
            while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                tools.jackson.core.JsonToken value = parser.nextToken();
                if (name.equals(arrayField) && value == tools.jackson.core.JsonToken.START_ARRAY) {
                    while (parser.nextToken() == tools.jackson.core.JsonToken.START_OBJECT) {
                        elements++;
                        while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                            boolean counted = parser.currentName().equals(field);
                            tools.jackson.core.JsonToken element = parser.nextToken();
                            if (counted && element != tools.jackson.core.JsonToken.VALUE_NULL) {
                                withField++;
                            }
                            parser.skipChildren();
                        }
                    }
                } else {
                    rest.set(name, trees.readTree(parser));
                }
            }
            return new Counted<>(MAPPER.treeToValue(rest, type), elements, withField);
        } catch (JacksonException e) {
            throw new IOException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return read(Files.readAllBytes(file), type);
    }
}
