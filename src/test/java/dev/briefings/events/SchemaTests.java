package dev.briefings.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import dev.briefings.TestProject;

/** The published JSON Schema accepts the sample edition and refuses what the job refuses. */
class SchemaTests {

    private static Schema schema() throws Exception {
        String text = Files.readString(TestProject.root().resolve("events/event-record.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    @Test
    void schema_acceptsEverySampleFile() throws Exception {
        Schema schema = schema();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestProject.root().resolve("events"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.toString().endsWith(".schema.json")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            InputFormat format = file.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
            assertThat(schema.validate(Files.readString(file), format)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void schema_refusesAnIdThatIsAPathAndAMissingPlace() throws Exception {
        String record = "id: ../../etc/passwd\nkind: infection.reported\ndate: 2020-11-20\n";
        assertThat(schema().validate(record, InputFormat.YAML)).isNotEmpty();
    }
}
