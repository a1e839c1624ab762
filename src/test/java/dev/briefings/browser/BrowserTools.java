package dev.briefings.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import dev.briefings.TestProject;

/**
 * What the browser tests run, installed by the project's own {@code browser/install} when missing:
 * Debian's Chromium and the HTML validator. In CI (CI set) a failed installation fails the tests;
 * elsewhere (no root, no network) they are skipped and say why.
 */
final class BrowserTools {

    private static Path chromium;

    private BrowserTools() {
    }

    static synchronized Path chromium() {
        if (chromium == null) {
            chromium = Path.of(install());
        }
        return chromium;
    }

    static Path validator() {
        chromium();
        return TestProject.root().resolve("browser/node_modules/.bin/html-validate");
    }

    private static String install() {
        Result result;
        try {
            result = run(List.of(TestProject.root().resolve("browser/install").toString()), TestProject.root());
        } catch (IOException e) {
            result = new Result(-1, e.toString());
        }
        if (result.code() == 0) {
            String[] lines = result.output().strip().split("\n");
            return lines[lines.length - 1].strip();
        }
        String message = "browser/install failed (exit " + result.code() + "):\n" + result.output();
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    record Result(int code, String output) {
    }

    /** Runs a command, standard error joined to standard output. */
    static Result run(List<String> command, Path folder) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Result(process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
