package dev.briefings.edition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything an edition is made from: the event records, templates, translations
 * and configuration (each file's path and bytes), the locales, formats and time zone asked for, and
 * the program itself. Two runs with the same fingerprint produce the same edition.
 */
public final class InputFingerprint {

    private final MessageDigest digest;

    public InputFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds every file under a folder (or a single file), by path relative to it and content. */
    public InputFingerprint folder(String label, Path folder) throws IOException {
        text("folder " + label);
        if (Files.isRegularFile(folder)) {
            file(label, folder);
            return this;
        }
        if (!Files.isDirectory(folder)) {
            text("absent");
            return this;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            file(folder.relativize(file).toString().replace('\\', '/'), file);
        }
        return this;
    }

    /** Adds the given files of a folder (paths relative to it, '/'-separated), by path and content. */
    public InputFingerprint files(String label, Path folder, List<String> relativePaths) throws IOException {
        text("folder " + label);
        for (String relative : relativePaths) {
            try {
                file(relative, folder.resolve(relative));
            } catch (java.nio.file.NoSuchFileException e) {
                // listed but not found by that name (a name that is not UTF-8): the run rejects it
                text("unreadable " + relative);
            }
        }
        return this;
    }

    private void file(String name, Path file) throws IOException {
        text("file " + name);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        text("end");
    }

    public InputFingerprint text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The program's own identity: the jar it runs from, so that a new build regenerates editions. */
    public InputFingerprint program() throws IOException {
        Path jar;
        try {
            jar = Path.of(InputFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return text("program unknown");
        }
        if (Files.isRegularFile(jar)) {
            return folder("program", jar);
        }
        return text("program development build");
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
