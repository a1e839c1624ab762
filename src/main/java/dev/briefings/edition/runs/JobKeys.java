package dev.briefings.edition.runs;

/**
 * The names the job and the job repository share: the job's name, its parameters, and the keys
 * of what the steps keep in their execution contexts that {@code briefings status} reads.
 */
public final class JobKeys {

    public static final String JOB_NAME = "briefing";

    /** Job parameter names. The edition, the fingerprint, the generation and the output identify a run. */
    public static final String EDITION = "edition";
    public static final String FINGERPRINT = "fingerprint";
    public static final String GENERATION = "generation";
    public static final String EVENTS = "events";
    public static final String OUTPUT = "output";
    public static final String LOCALES = "locales";
    public static final String FORMATS = "formats";
    public static final String TIMEZONE = "timezone";
    /** A digest of what every story's pages are made from besides the project files: the program, the edition. */
    public static final String RENDER_BASE = "render.base";
    /** "true" when every story is rendered, none reused from the published edition ({@code --force}). */
    public static final String FORCE = "force";
    /** How many generations of the edition publication keeps (the published one included). */
    public static final String KEEP = "keep.generations";

    /** The process that runs a job execution (host, pid, start), kept in its execution context. */
    public static final String OWNER = "run.owner";

    /** Counts the plan step keeps in its execution context. */
    public static final String PLAN_RECORDS = "plan.records";
    public static final String PLAN_STORIES = "plan.stories";
    public static final String PLAN_REJECTED = "plan.rejected";

    /** Records the ingest step has handed on, over every attempt: its reader's position. */
    public static final String INGEST_ORDINAL = "ingest.ordinal";
    /** Stories the render step's committed chunks hold, over every attempt: its reader's position. */
    public static final String RENDER_COUNT = "stories.read.count";

    /** The steps in the order the job runs them. */
    public static final java.util.List<String> STEPS = java.util.List.of("ingest", "plan", "render", "publish");

    private JobKeys() {
    }
}
