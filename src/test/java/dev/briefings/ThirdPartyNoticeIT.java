package dev.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The licences ship with the program: target/briefings.jar carries LICENSE, NOTICE and the
 * generated META-INF/THIRD-PARTY.txt, and that notice lists exactly the jars the manifest puts on
 * the class path, each with a licence. Read from the packaged jar, after package (failsafe), since
 * only then do the jar and target/lib exist; it reads two files, so it takes milliseconds.
 */
class ThirdPartyNoticeIT {

    /**
     * A notice line, "    (licence) (licence) Name (groupId:artifactId:version - url)": the licences,
     * then the coordinates. A licence's name may hold parentheses of its own.
     */
    private static final Pattern ENTRY = Pattern.compile("^ {4}(\\(.+) \\(([^:\\s]+):([^:\\s]+):(\\S+) - (.+)\\)$");

    /** The SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt, the licence's official text. */
    private static final String APACHE_2_0_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

    private static final Path ROOT = TestProject.root();

    private static final Path JAR = ROOT.resolve("target/briefings.jar");

    private static List<String> classPath;

    private static String notice;

    /** One dependency as the notice lists it. */
    record Entry(String groupId, String artifactId, String version, List<String> licences) {

        /** The file name maven-dependency-plugin gives the dependency in target/lib. */
        String jarName() {
            return artifactId + "-" + version + ".jar";
        }
    }

    @BeforeAll
    static void readThePackagedJar() throws IOException {
        assertThat(JAR).as("target/briefings.jar: run this test through mvn verify, which packages it first")
                .isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String manifestClassPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            classPath = Arrays.asList(manifestClassPath.trim().split("\\s+"));
            notice = read(jar, "META-INF/THIRD-PARTY.txt");
        }
    }

    @Test
    void notice_listsEveryJarOnTheClassPath_andNothingElse() {
        // given the jars that briefings.jar's manifest names, all in target/lib
        List<String> jars = new ArrayList<>();
        for (String entry : classPath) {
            assertThat(entry).startsWith("lib/");
            assertThat(ROOT.resolve("target").resolve(entry)).as("a jar the manifest names").isRegularFile();
            jars.add(entry.substring("lib/".length()));
        }

        // when the notice's lines are read
        List<String> listed = entries().stream().map(Entry::jarName).toList();

        // then each runtime jar is listed once, and no test dependency is
        assertThat(listed).as("the jars META-INF/THIRD-PARTY.txt lists").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jars);
        assertThat(notice).contains("these " + jars.size() + " libraries");
    }

    @Test
    void everyDependency_hasAKnownLicence_namedByItsSpdxId() {
        // given the notice's entries
        List<Entry> entries = entries();

        // then each has a licence, in the merged SPDX form (no POM's long name, no unknown one)
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.licences())
                .as("licences of %s:%s", entry.groupId(), entry.artifactId())
                .isNotEmpty()
                .allSatisfy(licence -> assertThat(licence).matches("[A-Za-z0-9.+-]+").doesNotContainIgnoringCase("unknown")));
    }

    @Test
    void russianDictionaries_areListedUnderTheLgpl_andNoticeSaysHowTheyAreUsed() {
        // given the notice's entry for LanguageTool's Russian module, the dictionaries' jar
        Entry languageRu = entries().stream()
                .filter(entry -> entry.groupId().equals("org.languagetool") && entry.artifactId().equals("language-ru"))
                .findFirst().orElseThrow(() -> new AssertionError("language-ru is not in META-INF/THIRD-PARTY.txt"));

        // then it is under the LGPL, and NOTICE names the jar the user may replace in target/lib
        assertThat(languageRu.licences()).containsExactly("LGPL-2.1-or-later");
        String projectNotice = TestProject.read(ROOT.resolve("NOTICE"));
        assertThat(projectNotice).contains("org.languagetool:language-ru", "LGPL", "target/lib/language-ru-<version>.jar",
                "russian.dict", "russian_synth.dict");
    }

    @Test
    void jar_carriesTheProjectsLicenceAndNotice() throws IOException {
        // given the packaged jar
        try (JarFile jar = new JarFile(JAR.toFile())) {
            // then its META-INF holds LICENSE and NOTICE as they are at the top of the project
            assertThat(read(jar, "META-INF/LICENSE")).isEqualTo(TestProject.read(ROOT.resolve("LICENSE")));
            assertThat(read(jar, "META-INF/NOTICE")).isEqualTo(TestProject.read(ROOT.resolve("NOTICE")));
        }
        assertThat(sha256(ROOT.resolve("LICENSE"))).as("LICENSE is the Apache License 2.0's official text, unchanged")
                .isEqualTo(APACHE_2_0_SHA256);
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : notice.split("\n")) {
            if (!line.startsWith("    (")) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(line);
            assertThat(matcher.matches()).as("a line of META-INF/THIRD-PARTY.txt: %s", line).isTrue();
            entries.add(new Entry(matcher.group(2), matcher.group(3), matcher.group(4), licences(matcher.group(1))));
        }
        return entries;
    }

    /** The parenthesised licences that open "(licence) (licence) Name", each with its own inner parentheses. */
    private static List<String> licences(String licencesAndName) {
        List<String> licences = new ArrayList<>();
        int at = 0;
        while (at < licencesAndName.length() && licencesAndName.charAt(at) == '(') {
            int depth = 0;
            int end = at;
            do {
                char c = licencesAndName.charAt(end++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } while (depth > 0 && end < licencesAndName.length());
            licences.add(licencesAndName.substring(at + 1, end - 1));
            at = end + 1;
        }
        return licences;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(JarFile jar, String name) throws IOException {
        var entry = jar.getJarEntry(name);
        assertThat(entry).as("%s in target/briefings.jar", name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
