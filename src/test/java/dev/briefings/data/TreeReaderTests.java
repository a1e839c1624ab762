package dev.briefings.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeReaderTests {

    private final TreeReader reader = new TreeReader();

    @TempDir
    Path folder;

    private Node read(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return reader.read(file).orElseThrow();
    }

    @Test
    void read_keepsLineAndColumnOfEveryValue() throws Exception {
        // given a record with nested values
        Node root = read("r.yaml", "id: a\nparticipants:\n  parties: [x, y]\n".getBytes(StandardCharsets.UTF_8));

        // then each value knows where it was written
        MapNode map = (MapNode) root;
        assertThat(map.get("id").orElseThrow().position()).isEqualTo(new Position(1, 5));
        ListNode parties = (ListNode) ((MapNode) map.get("participants").orElseThrow()).get("parties").orElseThrow();
        assertThat(parties.items().get(1).position()).isEqualTo(new Position(3, 16));
    }

    @Test
    void read_keepsScalarTextAsWritten_withoutYaml11Coercion() throws Exception {
        // given values that YAML 1.1 would turn into false, 8 and 1.1
        MapNode map = (MapNode) read("m.yaml", "a: no\nb: 010\nc: 1.10\n".getBytes(StandardCharsets.UTF_8));

        // then the text is kept and the type the parser saw is reported
        assertThat(((ScalarNode) map.get("a").orElseThrow()).text()).isEqualTo("no");
        assertThat(((ScalarNode) map.get("b").orElseThrow()).text()).isEqualTo("010");
        ScalarNode decimal = (ScalarNode) map.get("c").orElseThrow();
        assertThat(decimal.text()).isEqualTo("1.10");
        assertThat(decimal.isString()).isFalse();
    }

    @Test
    void read_duplicateKey_namesBothLines() {
        assertThatThrownBy(() -> read("d.yaml", "id: a\nkind: x\nid: b\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("duplicate key 'id'")
                .hasMessageContaining("line 1")
                .satisfies(e -> assertThat(((SyntaxProblem) e).position().line()).isEqualTo(3));
    }

    @Test
    void read_yamlAlias_isRefused() {
        String bomb = "a: &x [1, 2]\nb: *x\n";
        assertThatThrownBy(() -> read("alias.yaml", bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void read_notUtf8_reportsLineOfTheBadByte() {
        byte[] latin1 = "id: a\nplace: Minsk\ntext: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read("latin1.yaml", latin1))
                .isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("not UTF-8")
                .satisfies(e -> assertThat(((SyntaxProblem) e).position().line()).isEqualTo(3));
    }

    @Test
    void read_byteOrderMarkAndWindowsLineEndings_areAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "id: a\r\ntitle: |-\r\n  two\r\n  lines\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        MapNode map = (MapNode) read("bom.yaml", bytes);

        assertThat(map.fields()).extracting(MapNode.Field::key).containsExactly("id", "title");
        assertThat(((ScalarNode) map.get("title").orElseThrow()).text()).isEqualTo("two\nlines");
    }

    @Test
    void read_malformedJson_reportsPosition() {
        assertThatThrownBy(() -> read("bad.json", "{\n  \"id\": \"a\",\n  \"kind\" \"x\"\n}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("not well-formed JSON")
                .satisfies(e -> assertThat(((SyntaxProblem) e).position().line()).isEqualTo(3));
    }

    @Test
    void read_deepNesting_isRefused() {
        String deep = "a: " + "[".repeat(TreeReader.MAX_DEPTH + 5) + "]".repeat(TreeReader.MAX_DEPTH + 5) + "\n";
        assertThatThrownBy(() -> read("deep.yaml", deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void read_emptyFile_givesNothing() throws Exception {
        Path file = folder.resolve("empty.yaml");
        Files.writeString(file, "# only a comment\n");
        assertThat(reader.read(file)).isEmpty();
    }
}
