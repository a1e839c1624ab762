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

    public static <T> T read(byte[] bytes, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new IOException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads an object whose one array field may be too large to hold: its elements are passed to
     * {@code each} one at a time and the field is left out of the result; every other field is
     * read as usual.
     */
    public static <T, E> T readSkippingArray(Path file, Class<T> type, String arrayField, Class<E> elementType,
            java.util.function.Consumer<E> each) throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024);
                tools.jackson.core.JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                throw new IOException("unreadable JSON: expected an object");
            }
            tools.jackson.databind.node.ObjectNode rest = MAPPER.createObjectNode();
            // values are read in the middle of the document: what follows them is no error
            tools.jackson.databind.ObjectReader elements = MAPPER.readerFor(elementType)
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            tools.jackson.databind.ObjectReader trees = MAPPER.reader()
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                tools.jackson.core.JsonToken value = parser.nextToken();
                if (name.equals(arrayField) && value == tools.jackson.core.JsonToken.START_ARRAY) {
                    while (parser.nextToken() != tools.jackson.core.JsonToken.END_ARRAY) {
                        each.accept(elements.readValue(parser));
                    }
                } else {
                    rest.set(name, trees.readTree(parser));
                }
            }
            return MAPPER.treeToValue(rest, type);
        } catch (JacksonException e) {
            throw new IOException("unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return read(Files.readAllBytes(file), type);
    }
}
