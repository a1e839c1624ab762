package dev.briefings.edition;

/** The scheduler contract on the embedded default: H2 in the output folder, file locks. */
class H2SchedulerRunsTests extends SchedulerRunsContract {

    @Override
    RepositorySettings repository() {
        return RepositorySettings.embedded();
    }
}
