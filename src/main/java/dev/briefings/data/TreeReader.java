package dev.briefings.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML and JSON files into {@link Node} trees that keep line and column of every value.
 * <p>
 * Stricter than a plain parser, because the files come from many hands: the bytes must be UTF-8
 * (a byte-order mark is allowed), a key may appear only once per mapping, YAML aliases are refused
 * (they hide "billion laughs" expansions and make values appear where nobody wrote them), and
 * nesting is limited to a depth no real file needs.
 */
public final class TreeReader {

    /** Deeper than any record, message file or glossary; deeper input is hostile or broken. */
    public static final int MAX_DEPTH = 32;

    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    private final YAMLFactory yaml;
    private final JsonFactory json;

    public TreeReader() {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true) // detected here, with both positions in the message
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(MAX_YAML_CODE_POINTS)
                .build();
        this.yaml = YAMLFactory.builder().loadSettings(settings).build();
        this.json = JsonFactory.builder().build();
    }

    /** Whether a file name is one this reader understands. */
    public static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Reads a file; an empty file (or one holding only comments) gives an empty result.
     *
     * @throws SyntaxProblem when the file is not UTF-8 or not well-formed
     * @throws IOException when the file cannot be read at all
     */
    public Optional<Node> read(Path file) throws IOException, SyntaxProblem {
        byte[] bytes = Files.readAllBytes(file);
        boolean isJson = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(decode(bytes), isJson);
    }

    /**
     * Reads the values of a file one at a time: the items of a top-level list, or the root value
     * itself. Memory stays that of one item, so a file of any size can be read; a syntax error
     * ends the sequence with a {@link SyntaxProblem} after the items before it.
     */
    public ValueStream stream(Path file) throws IOException, SyntaxProblem {
        checkUtf8(file);
        boolean isJson = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
        try {
            skipByteOrderMark(in);
            java.io.Reader text = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
            JsonParser parser = (isJson ? json : yaml).createParser(ObjectReadContext.empty(), text);
            return new ValueStream(this, parser, isJson);
        } catch (JacksonException e) {
            in.close();
            throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, location(e), "not well-formed " + (isJson ? "JSON" : "YAML")
                    + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The values of one file, read on demand; see {@link TreeReader#stream}. */
    public static final class ValueStream implements AutoCloseable {
        private final TreeReader reader;
        private final JsonParser parser;
        private final boolean isJson;
        private boolean started;
        private boolean inList;
        private boolean done;
        private Position listPosition = Position.START;

        private ValueStream(TreeReader reader, JsonParser parser, boolean isJson) {
            this.reader = reader;
            this.parser = parser;
            this.isJson = isJson;
        }

        /** Whether the file's root is a list (known after the first call to {@link #next}). */
        public boolean isList() {
            return inList;
        }

        /** Where the root list starts. */
        public Position listPosition() {
            return listPosition;
        }

        /**
         * The next value, or empty at the end.
         *
         * @throws SyntaxProblem when the file is malformed at this point
         */
        public Optional<Node> next() throws SyntaxProblem {
            if (done) {
                return Optional.empty();
            }
            try {
                JsonToken token = parser.nextToken();
                if (!started) {
                    started = true;
                    if (token == null) {
                        done = true;
                        return Optional.empty();
                    }
                    if (token == JsonToken.START_ARRAY && !(parser instanceof YAMLParser yp && yp.isCurrentAlias())) {
                        inList = true;
                        listPosition = position(parser.currentTokenLocation());
                        token = parser.nextToken();
                    } else {
                        Node root = reader.readValue(parser, token, 1);
                        done = true;
                        if (parser.nextToken() != null) {
                            throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, position(parser.currentTokenLocation()),
                                    "more than one document in one file; put the records in one list instead");
                        }
                        return Optional.of(root);
                    }
                }
                if (token == JsonToken.END_ARRAY || token == null) {
                    done = true;
                    if (token != null && parser.nextToken() != null) {
                        throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, position(parser.currentTokenLocation()),
                                "more than one document in one file; put the records in one list instead");
                    }
                    return Optional.empty();
                }
                return Optional.of(reader.readValue(parser, token, 2));
            } catch (JacksonException e) {
                done = true;
                throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, location(e), "not well-formed "
                        + (isJson ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage()));
            } catch (SyntaxProblem e) {
                done = true;
                throw e;
            }
        }

        @Override
        public void close() {
            parser.close();
        }
    }

    private static Position location(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? Position.START : position(location);
    }

    private static void skipByteOrderMark(java.io.InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** Checks that a file is UTF-8 without holding it in memory; a bad byte is reported with its line and column. */
    static void checkUtf8(Path file) throws IOException, SyntaxProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(64 * 1024);
        long offset = 0;
        int line = 1;
        int column = 1;
        try (java.nio.channels.ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                int before = bytes.position();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, end);
                offset += bytes.position() - before;
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c) && c != '\uFEFF') {
                        column++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    int bad = bytes.get(bytes.position()) & 0xFF;
                    throw new SyntaxProblem(SyntaxProblem.Kind.NOT_UTF8, new Position(line, column), String.format(Locale.ROOT,
                            "not UTF-8: byte 0x%02X at offset %d cannot start or continue a UTF-8 character; "
                                    + "save the file as UTF-8", bad, offset));
                }
                bytes.compact();
            }
        }
    }

    /** Parses text as YAML (JSON is accepted too, being YAML's subset in practice). */
    public Optional<Node> readYaml(String text) throws SyntaxProblem {
        return parse(text, false);
    }

    private Optional<Node> parse(String text, boolean isJson) throws SyntaxProblem {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TokenStreamFactory factory = isJson ? json : yaml;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Node root = readValue(parser, first, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, position(parser.currentTokenLocation()),
                        "more than one document in one file; put the records in one list instead");
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            Position position = location == null ? Position.START : position(location);
            throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, position, "not well-formed " + (isJson ? "JSON" : "YAML") + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    Node readValue(JsonParser parser, JsonToken token, int depth) throws SyntaxProblem {
        Position at = position(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            throw new SyntaxProblem(SyntaxProblem.Kind.ALIAS, at, "YAML aliases (*name) are not allowed; write the value out in full");
        }
        if (depth > MAX_DEPTH) {
            throw new SyntaxProblem(SyntaxProblem.Kind.TOO_DEEP, at, "nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (token) {
            case START_OBJECT -> readMap(parser, at, depth);
            case START_ARRAY -> readList(parser, at, depth);
            case VALUE_STRING -> new ScalarNode(parser.getString(), ScalarNode.Type.STRING, at);
            case VALUE_NUMBER_INT -> new ScalarNode(parser.getText(), ScalarNode.Type.INTEGER, at);
            case VALUE_NUMBER_FLOAT -> new ScalarNode(parser.getText(), ScalarNode.Type.DECIMAL, at);
            case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(parser.getText(), ScalarNode.Type.BOOLEAN, at);
            case VALUE_NULL -> new ScalarNode("", ScalarNode.Type.NULL, at);
            default -> throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, at, "unexpected " + token);
        };
    }

    private MapNode readMap(JsonParser parser, Position at, int depth) throws SyntaxProblem {
        List<MapNode.Field> fields = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.PROPERTY_NAME) {
                throw new SyntaxProblem(SyntaxProblem.Kind.MALFORMED, position(parser.currentTokenLocation()), "expected a key, found " + token);
            }
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            Position earlier = seen.putIfAbsent(key, keyAt);
            if (earlier != null) {
                throw new SyntaxProblem(SyntaxProblem.Kind.DUPLICATE_KEY, keyAt, "duplicate key '" + key + "' (first written at " + earlier + ")");
            }
            Node value = readValue(parser, parser.nextToken(), depth + 1);
            fields.add(new MapNode.Field(key, keyAt, value));
        }
        return new MapNode(fields, at);
    }

    private ListNode readList(JsonParser parser, Position at, int depth) throws SyntaxProblem {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(parser, token, depth + 1));
        }
        return new ListNode(items, at);
    }

    /** Decodes strict UTF-8, dropping a byte-order mark; a bad byte is reported with its line and column. */
    static String decode(byte[] bytes) throws SyntaxProblem {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes, start);
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new SyntaxProblem(SyntaxProblem.Kind.NOT_UTF8, new Position(line, column), String.format(Locale.ROOT,
                    "not UTF-8: byte 0x%02X at offset %d cannot start or continue a UTF-8 character; "
                            + "save the file as UTF-8", bytes[bad] & 0xFF, bad));
        }
    }

    private static int firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Position position(TokenStreamLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * The parser's explanation without its echo of the source: snakeyaml writes the context
     * ("while parsing a flow sequence"), then the problem ("expected ',' or ']'"), each followed
     * by indented lines quoting the file, which the position already points to.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in reader")) {
                parts.add(line.strip());
            }
        }
        return parts.isEmpty() ? message.strip() : String.join(": ", parts);
    }
}
