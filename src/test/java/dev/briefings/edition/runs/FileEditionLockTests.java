package dev.briefings.edition.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefings.edition.publish.EditionPaths;

/** Who holds an edition's lock, as the run that could not take it names it. */
class FileEditionLockTests {

    private static final LocalDate EDITION = LocalDate.of(2020, 11, 20);

    @TempDir
    Path output;

    @Test
    void lockTakenThisInstant_isNamedOnceItsTakerHasWrittenWhoItIs_notAsAnUnknownProcess() throws Exception {
        // given a lock file its taker has locked but not yet written (two runs started together)
        Path file = EditionPaths.locksFolder(output).resolve(EDITION + ".lock");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);
        Thread taker = new Thread(() -> {
            try {
                Thread.sleep(100);
                Files.writeString(file, "host=newsroom\npid=4242\nstarted=2020-11-20T23:00:00Z\n", StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        taker.start();

        // when the run that lost asks who holds it
        LockHolder holder = FileEditionLock.holderOfTakenLock(output, EDITION);
        taker.join();

        // then it names the taker
        assertThat(holder.description()).isEqualTo("host newsroom, pid 4242, started 2020-11-20T23:00:00Z");
        assertThat(holder.heartbeat()).isPresent();
    }

    @Test
    void lockWhoseHolderNeverSaysWhoItIs_isAnUnknownProcess_afterAMoment() throws Exception {
        Path file = EditionPaths.locksFolder(output).resolve(EDITION + ".lock");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);

        LockHolder holder = FileEditionLock.holderOfTakenLock(output, EDITION);

        assertThat(holder.description()).isEqualTo("an unknown process");
        assertThat(holder.heartbeat()).isEmpty();
    }
}
