package dev.briefings.i18n.inflect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file shipped beside this package's classes ({@code ru-endings.txt},
 * {@code ru-name-particles.txt}): UTF-8 text, one entry per line, blank lines and lines starting
 * with {@code #} left out.
 */
final class DataFile {

    /** An entry, stripped, with its line number for messages. */
    record Line(int number, String text) {
    }

    private DataFile() {
    }

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
