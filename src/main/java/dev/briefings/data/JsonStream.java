package dev.briefings.data;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a large JSON document piece by piece (an object whose arrays are written one element at
 * a time), so that a manifest of hundreds of thousands of files never sits in memory. Indented
 * like {@link Json}'s output.
 */
public final class JsonStream implements AutoCloseable {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JsonGenerator generator;

    public JsonStream(OutputStream out) {
        this.generator = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    }

    public JsonStream beginObject() {
        generator.writeStartObject();
        return this;
    }

    public JsonStream endObject() {
        generator.writeEndObject();
        return this;
    }

    /** A field whose value is any serializable object. */
    public JsonStream field(String name, Object value) {
        generator.writeName(name);
        generator.writePOJO(value);
        return this;
    }

    public JsonStream beginArray(String name) {
        generator.writeName(name);
        generator.writeStartArray();
        return this;
    }

    public JsonStream element(Object value) {
        generator.writePOJO(value);
        return this;
    }

    public JsonStream endArray() {
        generator.writeEndArray();
        return this;
    }

    @Override
    public void close() {
        generator.close();
    }
}
