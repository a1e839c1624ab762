package dev.briefings.edition.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Repository failures are told apart by vendor code, SQL state and exception type, however deep
 * in a chain of causes they sit, never by the words of a message; and each outcome has one exit code.
 */
class RepositoryProblemTests {

    @Test
    void h2Codes_tellALockedFileFromADamagedOne() {
        SQLException locked = new SQLException("any words", "90020", 90020,
                DataUtils.newMVStoreException(DataUtils.ERROR_FILE_LOCKED, "any words"));
        SQLException cutShort = new SQLException("any words", "90028", 90028, new EOFException());
        SQLException corrupt = new SQLException("any words", "90030", 90030);

        assertThat(RepositoryProblem.kindOf(new DataAccessResourceFailureException("wrapped", locked)))
                .isEqualTo(RepositoryProblem.Kind.LOCKED);
        assertThat(RepositoryProblem.kindOf(cutShort)).isEqualTo(RepositoryProblem.Kind.DAMAGED);
        assertThat(RepositoryProblem.kindOf(corrupt)).isEqualTo(RepositoryProblem.Kind.DAMAGED);
    }

    @Test
    void rootMessage_isTheCausesFirstLine_withoutH2sDanglingStatementLabel() {
        SQLException readOnly = new SQLException("The database is read only; SQL statement:\ndelete from BATCH_JOB_INSTANCE "
                + "where JOB_INSTANCE_ID = ? [90097-252]", "90097", 90097);

        assertThat(RepositoryProblem.rootMessage(new DataAccessResourceFailureException("wrapped", readOnly)))
                .isEqualTo("SQLException: The database is read only");
    }

    @Test
    void sqlStatesAndNetworkTypes_tellAnUnreachableServerFromRefusedCredentials() {
        assertThat(RepositoryProblem.kindOf(new SQLException("Verbindung abgelehnt", "08001")))
                .isEqualTo(RepositoryProblem.Kind.UNREACHABLE);
        assertThat(RepositoryProblem.kindOf(new RuntimeException(new ConnectException())))
                .isEqualTo(RepositoryProblem.Kind.UNREACHABLE);
        assertThat(RepositoryProblem.kindOf(new SQLException("password authentication failed", "28P01")))
                .isEqualTo(RepositoryProblem.Kind.REFUSED);
        assertThat(RepositoryProblem.kindOf(new SQLException("the file is locked", "42000")))
                .as("words alone decide nothing").isEqualTo(RepositoryProblem.Kind.OTHER);
    }

    @Test
    void eachKind_endsTheRunAsItsOutcomeSays() {
        assertThat(RepositoryProblem.of("r", new SQLException("x", "08001"), "").outcome().exitCode(0)).isEqualTo(1);
        assertThat(RepositoryProblem.of("r", new SQLException("x", "90030", 90030), "move it").outcome().exitCode(0))
                .isEqualTo(2);
        assertThat(RepositoryProblem.of("r", new SQLException("x", "90030", 90030), "move it").getMessage())
                .contains("is damaged").endsWith("move it");
    }

    @Test
    void outcomes_mapToTheExitCodesOfTheRunContract() {
        assertThat(Outcome.PUBLISHED.exitCode(0)).isZero();
        assertThat(Outcome.PUBLISHED.exitCode(2)).isEqualTo(3);
        assertThat(Outcome.UP_TO_DATE.exitCode(1)).isEqualTo(3);
        assertThat(Outcome.FAILED.exitCode(0)).isEqualTo(1);
        assertThat(Outcome.STUCK.exitCode(0)).isEqualTo(1);
        assertThat(Outcome.INVALID.exitCode(0)).isEqualTo(2);
        assertThat(Outcome.BUSY.exitCode(0)).isEqualTo(4);
        assertThat(Outcome.of(BatchStatus.STOPPED)).contains(Outcome.FAILED);
        assertThat(Outcome.of(BatchStatus.STARTED)).isEmpty();
    }
}
