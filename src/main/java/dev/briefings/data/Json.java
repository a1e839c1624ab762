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

    private Json() {
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** A value on one line, for files of one JSON value per line. */
    public static String line(Object value) {
        return COMPACT.writeValueAsString(value);
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

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return read(Files.readAllBytes(file), type);
    }
}
