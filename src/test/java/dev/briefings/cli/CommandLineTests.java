package dev.briefings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.briefings.TestProject;

/** The command line as users and schedulers meet it: help, exit codes, messages, the summary. */
class CommandLineTests {

    @TempDir
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyProject() {
        TestProject.copy(project);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--project";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"run", "preview", "check", "glossary", "status", "history", "diff", "completion"})
    void everyCommand_hasHelpWithExamples(String command) {
        int code = run(command, "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: briefings " + command).contains("Examples:").contains("./briefings " + command);
        // every line of the examples is printed as written, not wrapped in the middle: a copied example works
        String[] footer = BriefingsCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().get(command).getCommandSpec().usageMessage().footer();
        List<String> printed = out.toString().lines().toList();
        for (String line : footer) {
            if (!line.isBlank()) {
                assertThat(printed).as(command + " --help").contains(line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run --help", "runn", "run --dat 2020-11-20", "check --help", "help run", "--help", "diff --nope"})
    void aCommandLineBuiltForItsArguments_saysWhatTheFullOneSays(String line) {
        // main() builds only the subcommand its arguments name (#15): what it prints must not change
        String[] args = line.split(" ");
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        int full = BriefingsCommand.commandLine(new PrintWriter(fullOut, true), new PrintWriter(fullErr, true))
                .execute(args);

        int built = BriefingsCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .execute(args);

        assertThat(built).isEqualTo(full);
        assertThat(out.toString()).isEqualTo(fullOut.toString());
        assertThat(err.toString()).isEqualTo(fullErr.toString());
        assertThat(fullOut + fullErr.toString()).as("each line says something").isNotBlank();
    }

    @ParameterizedTest(name = "{0} completes to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ./briefings r                   | run
            briefings ch                    | check
            ./briefings run --prog          | --progress
            ./briefings run --progress ''   | auto bar lines none
            ./briefings --log-format ''     | text json
            """)
    void completion_completesCommandsOptionsAndValues_inBash(String line, String expected, @TempDir Path folder)
            throws Exception {
        assertThat(run("completion")).isZero();
        Path script = folder.resolve("briefings-completion");
        Files.writeString(script, out.toString());
        assertThat(out.toString()).contains("elif [ -n \"$ZSH_VERSION\" ]").contains("bashcompinit");

        String words = line.replace("''", "\"\"");
        Process bash = new ProcessBuilder("bash", "-c", "source " + script + " 2>/dev/null; COMP_WORDS=(" + words
                + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_briefings 2>/dev/null; echo \"${COMPREPLY[*]}\"")
                .redirectErrorStream(true).start();
        String completions = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(bash.waitFor()).isZero();
        assertThat(completions).isEqualTo(expected);
    }

    @Test
    void topLevelHelp_listsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run").contains("preview").contains("Exit codes");
    }

    @Test
    void run_withProgressBar_drawsItOnStandardError_notInTheSummary() {
        assertThat(run("run", "--date", "2020-11-20", "--progress", "bar")).isZero();

        assertThat(err.toString()).contains("\ringest 38 records checked")
                .contains("\rrender [####################] 100%  9/9 stories  54 briefs");
        assertThat(out.toString()).doesNotContain("\r").contains("Edition 2020-11-20 published to");
    }

    @Test
    void run_thatCannotWriteTheIndex_stillPublishes_andWarns() throws Exception {
        // given something in the index's place that a file cannot replace
        Files.createDirectories(project.resolve("output/index.html/in-the-way"));

        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("dev.briefings.edition.job.PublishTasklet");
        var logs = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        logs.start();
        logger.addAppender(logs);
        int code;
        try {
            code = run("run", "--date", "2020-11-20");
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(code).isZero();
        assertThat(project.resolve("output/2020-11-20/ru/edition.html")).exists();
        assertThat(logs.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).startsWith("Could not write").contains("index.html");
        });
    }

    @Test
    void progress_auto_givesJsonLogsPlainLines_evenOnATerminal() {
        var terminal = java.util.Map.of("BRIEFINGS_STDERR_TTY", "1", "TERM", "xterm");

        assertThat(RunCommand.progressMode(RunCommand.Progress.auto, false, terminal))
                .isEqualTo(dev.briefings.edition.job.ProgressDisplay.Mode.BAR);
        assertThat(RunCommand.progressMode(RunCommand.Progress.auto, true, terminal))
                .isEqualTo(dev.briefings.edition.job.ProgressDisplay.Mode.LINES);
        assertThat(RunCommand.progressMode(RunCommand.Progress.bar, true, terminal))
                .isEqualTo(dev.briefings.edition.job.ProgressDisplay.Mode.BAR);
    }

    @Test
    void run_withProgressNone_drawsNoBar() {
        assertThat(run("run", "--date", "2020-11-20", "--progress", "none")).isZero();

        assertThat(err.toString()).doesNotContain("\r").doesNotContain("render [");
    }

    @Test
    void run_onTheSampleEdition_printsTheSummaryAndExits0() {
        int code = run("run", "--date", "2020-11-20");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Edition 2020-11-20 published to")
                .contains("stories    9 (of 38 records read")
                .contains("locales    en, ru")
                .contains("files      60 (54 briefs, 6 edition documents; html, md, txt) and manifest.json")
                .contains("rejected   none")
                .contains("fallbacks  none")
                .contains("time");
        assertThat(project.resolve("output/2020-11-20/manifest.json")).exists();
    }

    @Test
    void run_afterARecordChanged_saysWhatChangedAndHowManyStoriesItRendered() {
        assertThat(run("run", "--date", "2020-11-20")).isZero();
        assertThat(out.toString()).contains("changes    none before: the first publication of this edition")
                .contains("rendered   en 9, ru 9 of 9 stories\n");
        Path record = project.resolve("events/2020-11-20/russia-coronavirus.yaml");
        TestProject.write(record, TestProject.read(record).replace("deaths: 461", "deaths: 462"));
        out.getBuffer().setLength(0);

        assertThat(run("run", "--date", "2020-11-20")).isZero();

        assertThat(out.toString())
                .contains("changes    en 1 changed, 0 added, 0 removed; ru 1 changed, 0 added, 0 removed "
                        + "(./briefings diff shows them)")
                .contains("    en  changed  2020-11-20-russia-coronavirus-cases")
                .contains("    ru  changed  2020-11-20-russia-coronavirus-cases")
                .contains("rendered   en 1, ru 1 of 9 stories; the others' pages reused from the published edition");
    }

    @Test
    void diff_afterARecordWasEditedAndTheEditionRunAgain_showsTheChangedSentenceInEnglishAndRussian() {
        assertThat(run("run", "--date", "2020-11-20")).isZero();
        Path record = project.resolve("events/2020-11-20/russia-coronavirus.yaml");
        TestProject.write(record, TestProject.read(record).replace("deaths: 461", "deaths: 463"));
        assertThat(run("run", "--date", "2020-11-20")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("diff", "--date", "2020-11-20", "--color", "never")).isZero();

        assertThat(out.toString())
                .contains("en  changed  2020-11-20-russia-coronavirus-cases")
                .contains("Over the previous 24 hours, [-461-]{+463+} people with the coronavirus died.")
                .contains("ru  changed  2020-11-20-russia-coronavirus-cases")
                .contains("За сутки [-умер 461 пациент-]{+умерли 463 пациента+} с коронавирусом.")
                .contains("en: 1 changed, 0 added, 0 removed")
                .contains("ru: 1 changed, 0 added, 0 removed");
    }

    @Test
    void run_withKeepGenerations1_onAnUpToDateEdition_purgesTheGenerationBefore() throws Exception {
        assertThat(run("run", "--date", "2020-11-20")).isZero();
        Path record = project.resolve("events/2020-11-20/russia-coronavirus.yaml");
        TestProject.write(record, TestProject.read(record).replace("deaths: 461", "deaths: 462"));
        assertThat(run("run", "--date", "2020-11-20")).isZero();
        try (var versions = java.nio.file.Files.list(project.resolve("output/.editions"))) {
            assertThat(versions.count()).isEqualTo(2);
        }

        assertThat(run("run", "--date", "2020-11-20", "--keep-generations", "1")).isZero();

        assertThat(out.toString()).contains("is up to date");
        try (var versions = java.nio.file.Files.list(project.resolve("output/.editions"))) {
            assertThat(versions.toList()).singleElement().isEqualTo(
                    project.resolve("output/2020-11-20").toRealPath().getParent().resolve(
                            project.resolve("output/2020-11-20").toRealPath().getFileName()));
        }
        assertThat(run("run", "--date", "2020-11-20", "--keep-generations", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--keep-generations 0 would delete the published edition");
    }

    @Test
    void status_withALimitBelowOne_isAnInvalidInvocation_exit2() {
        assertThat(run("run", "--date", "2020-11-20")).isZero();

        for (String limit : List.of("0", "-1")) {
            assertThat(run("status", "--limit", limit)).as("--limit " + limit).isEqualTo(2);
            assertThat(err.toString()).contains("--limit " + limit + " shows no run; give 1 or more");
        }
    }

    @Test
    void run_withRejectedRecords_listsThemAndExits3() {
        TestProject.write(project.resolve("events/bad.yaml"), "id: 2020-11-20-x\nkind: nonsense\ndate: 2020-11-20\nplace: minsk\n");

        int code = run("run", "--date", "2020-11-20");

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("rejected   1").contains("bad.yaml:2:7 2020-11-20-x: kind: unknown kind 'nonsense'");
    }

    @Test
    void run_withImpossibleDate_exits2AndSaysWhatIsValid() {
        int code = run("run", "--date", "2020-02-30");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--date '2020-02-30' is not a real date").contains("YYYY-MM-DD")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void run_withUnknownLocale_exits2AndListsTheLocales() {
        assertThat(run("run", "--date", "2020-11-20", "--locales", "uk")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown locale 'uk'").contains("en, ru");
    }

    @Test
    void run_withUnknownFormat_exits2() {
        assertThat(run("run", "--date", "2020-11-20", "--formats", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf'");
    }

    @Test
    void run_withBrokenTranslation_exits2NamingFileAndLine() {
        Path kind = project.resolve("translations/ru/kinds/talks.ordered.yaml");
        TestProject.write(kind, TestProject.read(kind).replace("{parties_ins}", "{parties_ins"));

        assertThat(run("run", "--date", "2020-11-20")).isEqualTo(2);
        assertThat(err.toString()).contains("nothing was generated")
                .contains("translations/ru/kinds/talks.ordered.yaml:4:").contains("error [icu-syntax] talks.ordered.lede");
        assertThat(project.resolve("output")).doesNotExist();
    }

    @Test
    void unknownOption_exits2() {
        assertThat(run("run", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void preview_printsOneBriefInRussian() {
        int code = run("preview", TestProject.SEED, "--locale", "ru");

        assertThat(code).isZero();
        assertThat(out.toString())
                .startsWith("Росгвардия и МВД Беларуси подписали соглашение")
                .contains("Росгвардия и МВД Беларуси в четверг подписали в Минске")
                .contains("«Но мы договорились также");
        assertThat(project.resolve("output")).doesNotExist();
    }

    @Test
    void preview_ofABackgroundRecord_isToldAsOfItsOwnEdition() {
        assertThat(run("preview", "2020-08-27-putin-police-reserve", "--locale", "en", "--format", "md")).isZero();
        assertThat(out.toString()).startsWith("## Putin says Russia has formed law enforcement reserve")
                .contains("On Thursday, Russian President Vladimir Putin said");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run --date 2020-11-20                                         | true
            run --date 2020-11-20 ; run --date 2020-11-20                 | false
            preview 2020-11-20-russia-coronavirus-cases --locale en       | true
            preview no-such-record --locale en                            | false
            run --date 2020-13-01                                         | false
            run --no-such-option                                          | false
            history                                                       | true
            preview --help                                                | false
            run --help                                                    | false
            --version                                                     | false
            """)
    void aRunWorthKeepingAsTheClassArchive_isOneThatDidTheCommandsUsualWork(String lines, boolean representative) {
        // the launcher adopts a command's first run as its class archive only when this says so (#15):
        // an up-to-date rerun, a mistyped id or option stop before most of the classes are loaded
        boolean last = false;
        for (String line : lines.split(" ; ")) {
            String[] args = ("--project " + project + " " + line).split(" ");
            picocli.CommandLine commandLine = BriefingsCommand.commandLine(new PrintWriter(out, true),
                    new PrintWriter(err, true), args);
            int code = commandLine.execute(args);
            last = ClassArchive.representative(commandLine, code);
        }

        assertThat(last).as(out + "\n" + err).isEqualTo(representative);
    }

    @Test
    void preview_ofAnUnknownRecord_exits2() {
        assertThat(run("preview", "no-such-record", "--locale", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("no record with id 'no-such-record'");
    }

    @Test
    void check_onTheShippedProject_findsNothingAndExits0() {
        assertThat(run("check")).isZero();
        assertThat(out.toString()).containsPattern("No findings: 2 locales, \\d+ messages, \\d+ glossary entries")
                .containsPattern("checked in \\d+\\.\\d s");
    }

    @Test
    void check_withProbes_tellsEveryKind_writesAReviewPagePerLocale_andExits0() throws Exception {
        Path book = project.resolve("probes");

        assertThat(run("check", "--probes", book.toString())).isZero();

        assertThat(out.toString()).containsPattern("Probe book: \\d+ records of \\d+ kinds told in every locale, \\d+ pages "
                + "rendered, 0 problems");
        assertThat(Files.readString(book.resolve("ru.md"))).startsWith("# Probe book: ru").contains("## cases.reported")
                .contains("Умерших за сутки нет.");
        assertThat(Files.readString(book.resolve("en.md"))).contains("**deaths = about 21**");
    }

    @Test
    void check_withProbes_onAMessageThatRepeatsThePost_exits2NamingKindVariantAndText() {
        Path kind = project.resolve("translations/en/kinds/resignation.announced.yaml");
        TestProject.write(kind, TestProject.read(kind).replace("{person_name}, {post}, resigned", "{post}, {post}, resigned"));

        assertThat(run("check", "--probes", project.resolve("probes").toString())).isEqualTo(2);
        assertThat(out.toString()).contains("probe: error en resignation.announced [")
                .contains("the same phrase twice in one sentence");
    }

    @Test
    void check_withAMisspelledPluralKeyword_exits2NamingFileLineKeyAndCheck() {
        Path kind = project.resolve("translations/ru/kinds/cases.reported.yaml");
        TestProject.write(kind, TestProject.read(kind).replace("few {За сутки", "fwe {За сутки"));

        assertThat(run("check", "--locale", "ru")).isEqualTo(2);
        assertThat(out.toString())
                .containsPattern("translations/ru/kinds/cases.reported.yaml:79:\\d+: error \\[plural-unknown-keyword\\] "
                        + "cases.reported.deaths")
                .contains("has a branch 'fwe'")
                .contains("fix: ")
                .contains("note: Optional sentence: how many people")
                .contains("2 errors, 0 warnings in 1 locale");
    }

    @Test
    void check_withWarningsOnly_exits0_or1WhenStrict() {
        Path messages = project.resolve("translations/ru/messages.yaml");
        TestProject.write(messages, TestProject.read(messages).replace("Предыстория", "Background"));

        assertThat(run("check")).isZero();
        assertThat(run("check", "--strict")).isEqualTo(1);
        assertThat(out.toString()).contains("warning [untranslated-message] ui.background");
    }

    @Test
    void check_asJsonWithCoverage_givesEveryFieldAToolNeeds() throws Exception {
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        TestProject.write(glossary, TestProject.read(glossary).replace("    ins: Росгвардией\n", ""));

        assertThat(run("check", "--format", "json", "--coverage")).isEqualTo(2);
        String text = out.toString();
        assertThat(text).contains("\"check\" : \"glossary-missing-case\"").contains("\"severity\" : \"error\"")
                .contains("\"file\" : \"translations/ru/glossary.yaml\"").contains("\"line\" : 435")
                .contains("\"key\" : \"rosgvardia.name.ins\"").contains("\"coverage\"").containsPattern("\"messagesTotal\" : \\d+");
    }

    @Test
    void glossary_givenInTheNominativeOnly_checkWarns_andFillWritesTheFormsForReview() {
        // given new entities whose Russian names are written in the nominative only
        Path entities = project.resolve("translations/entities.yaml");
        TestProject.write(entities, TestProject.read(entities) + """
                minzdrav: {type: organization}
                kelbajar: {type: place}
                tigray: {type: place}
                murashko: {type: person, gender: masculine}
                wang-yi: {type: person, gender: masculine}
                vietnam-health-ministry: {type: organization}
                """);
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        String before = TestProject.read(glossary) + """
                minzdrav:
                  name: Минздрав  # short for the Ministry of Health
                kelbajar:
                  gender: masculine
                  name: Кельбаджарский район
                tigray:
                  gender: masculine
                  name: Тигре
                murashko:
                  given: Михаил
                  surname: Мурашко
                  title: министр здравоохранения России
                wang-yi:
                  invariable: true
                  given: Ван
                  surname: И
                  title: министр иностранных дел КНР
                vietnam-health-ministry:
                  gender: neuter
                  name: Министерство здравоохранения Вьетнама
                  headline: Минздрав Вьетнама
                """;
        TestProject.write(glossary, before);

        // when the translator checks: warnings, not errors, each with the forms to review
        assertThat(run("check", "--locale", "ru")).isZero();
        assertThat(out.toString())
                .contains("warning [glossary-generated-case] minzdrav.name")
                .contains("Минздрав → Минздрава, Минздраву, Минздрав, Минздравом, Минздраве")
                .contains("warning [glossary-inferred-gender] minzdrav.gender").contains("masculine inferred from «Минздрав»")
                .contains("Кельбаджарского района").contains("«Кельбаджарский» is not in the dictionary")
                .contains("warning [glossary-generated-case] tigray.name").contains("«Тигре» in every case")
                .contains("warning [glossary-generated-case] murashko.surname").contains("«Мурашко» in every case")
                .contains("министра здравоохранения России")
                .as("an invariable name does not make the title invariable, and the check says what a run will print")
                .contains("warning [glossary-generated-case] wang-yi.title").contains("министру иностранных дел КНР")
                .as("a headline whose head noun has another gender than the entry's")
                .contains("warning [glossary-gender-mismatch] vietnam-health-ministry.headline")
                .contains("«Минздрав Вьетнама» reads as masculine, the entry's gender is neuter");

        // a dry run changes nothing
        assertThat(run("glossary", "--fill", "ru", "--dry-run")).isZero();
        assertThat(TestProject.read(glossary)).isEqualTo(before);
        assertThat(out.toString()).contains("Would fill");

        // filling writes every form and the gender in full, keeping the comment
        assertThat(run("glossary", "--fill", "ru")).isZero();
        assertThat(TestProject.read(glossary)).contains("""
                minzdrav:
                  gender: masculine
                  name: # short for the Ministry of Health
                    nom: Минздрав
                    gen: Минздрава
                    dat: Минздраву
                    acc: Минздрав
                    ins: Минздравом
                    pre: Минздраве
                """).contains("""
                  title:
                    nom: министр здравоохранения России
                    gen: министра здравоохранения России
                    dat: министру здравоохранения России
                    acc: министра здравоохранения России
                    ins: министром здравоохранения России
                    pre: министре здравоохранения России
                """);
        assertThat(out.toString()).contains("Filled").contains("review the forms");

        // and the check no longer finds anything generated
        out.getBuffer().setLength(0);
        assertThat(run("check", "--locale", "ru")).isZero();
        assertThat(out.toString()).doesNotContain("glossary-generated-case").doesNotContain("glossary-inferred-gender");
    }

    @Test
    void aNameWrittenInGuillemets_isNotQuotedAgain_inTheCheckOrTheFill() {
        // given an organisation whose Russian name carries its own «», in the nominative only, with no gender
        Path entities = project.resolve("translations/entities.yaml");
        TestProject.write(entities, TestProject.read(entities) + "gazprom: {type: organization}\n");
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        TestProject.write(glossary, TestProject.read(glossary) + "gazprom:\n  name: «Газпром»\n");

        // when the translator checks and fills: the name is shown once in «», never ««Газпром»»
        assertThat(run("check", "--locale", "ru")).isZero();
        assertThat(out.toString()).contains("warning [glossary-inferred-gender] gazprom.gender")
                .contains("masculine inferred from «Газпром»").doesNotContain("««").doesNotContain("»»");
        out.getBuffer().setLength(0);
        assertThat(run("glossary", "--fill", "ru", "--dry-run")).isZero();
        assertThat(out.toString()).contains("gazprom.gender").contains("masculine (from «Газпром»)")
                .doesNotContain("««").doesNotContain("»»");
    }

    @Test
    void glossaryGenderTypo_isAnErrorThatSuggestsTheGenderMeant_andFillRefusesABrokenGlossary() {
        Path glossary = project.resolve("translations/ru/glossary.yaml");
        TestProject.write(glossary, TestProject.read(glossary).replace("rosgvardia:\n  gender: feminine\n",
                "rosgvardia:\n  gender: femenine\n"));

        assertThat(run("check", "--locale", "ru")).isEqualTo(2);
        assertThat(out.toString()).contains("error [glossary-invalid] rosgvardia.gender")
                .contains("'femenine' is not a gender of ru").contains("did you mean feminine?");
        assertThat(run("glossary", "--fill", "ru", "--dry-run")).isEqualTo(2);
        assertThat(err.toString()).contains("rosgvardia.gender").contains("fix the errors ./briefings check reports");
    }

    @Test
    void glossaryFill_forALocaleWithoutInflection_exits2SayingSo() {
        assertThat(run("glossary", "--fill", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("en declares no inflection");
    }

    @Test
    void check_referencePage_listsEveryMessageWithItsNoteAndArguments() {
        Path page = project.resolve("reference.md");

        assertThat(run("check", "--reference-page", page.toString())).isZero();
        assertThat(TestProject.read(page)).startsWith("# Messages to translate")
                .contains("### `cases.reported.deaths`")
                .contains("Optional sentence: how many people with the disease died")
                .contains("| `deaths` | number |  | 461 |");
    }

    @Test
    void check_withTheCoverageOption_showsEachLocale() {
        assertThat(run("check", "--coverage")).isZero();
        assertThat(out.toString()).contains("Coverage against the English reference:").containsPattern("ru +(\\d+)/\\1 +(\\d+)/\\2 +(\\d+)/\\3");
    }

    @Test
    void status_listsTheRunsWithCountsAndExitCodes() {
        TestProject.write(project.resolve("events/bad.yaml"), "id: 2020-11-20-x\nkind: nonsense\ndate: 2020-11-20\nplace: minsk\n");
        run("run", "--date", "2020-11-20");
        out.getBuffer().setLength(0);

        assertThat(run("status")).isZero();

        assertThat(out.toString()).contains("edition    gen  status")
                .containsPattern("2020-11-20 1 +COMPLETED .* +39 +9 +1 +3");
    }

    @Test
    void status_beforeAnyRun_saysSo() {
        assertThat(run("status")).isZero();
        assertThat(out.toString()).contains("No runs yet");
    }

    @Test
    void history_purgesRunsOlderThanTheAgeGiven_andDryRunDeletesNothing() {
        run("run", "--date", "2020-11-20");
        out.getBuffer().setLength(0);

        assertThat(run("history", "--purge-older-than", "0h", "--dry-run")).isZero();
        assertThat(out.toString()).contains("Would delete 1 run");
        assertThat(run("history", "--purge-older-than", "0h")).isZero();
        assertThat(out.toString()).contains("Deleted 1 run");
        out.getBuffer().setLength(0);
        assertThat(run("history")).isZero();
        assertThat(out.toString()).contains("No runs.");
        assertThat(project.resolve("output/2020-11-20/manifest.json")).exists();
    }

    @Test
    void history_purgeThatFindsNothingOldEnough_saysSo_notThatThereAreNoRuns() {
        run("run", "--date", "2020-11-20");
        out.getBuffer().setLength(0);

        assertThat(run("history", "--purge-older-than", "90d")).isZero();

        assertThat(out.toString()).contains("Deleted 0 runs that ended before").doesNotContain("No runs.");
    }

    @Test
    void history_withAnAgeThatIsNot_exits2() {
        run("run", "--date", "2020-11-20");
        assertThat(run("history", "--purge-older-than", "ninety days")).isEqualTo(2);
        assertThat(err.toString()).contains("is not an age").contains("90d");
    }

    /** Starts {@code briefings --log-format json run --date DATE} in a JVM of its own (logging is set up once per JVM). */
    private Process jsonRun(String date) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.briefings.cli.BriefingsCommand", "--project", project.toString(),
                "--log-format", "json", "run", "--date", date).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void logFormatJson_writesOneJsonObjectPerLogLine() throws Exception {
        Process child = jsonRun("2020-11-20");
        String logs = new String(child.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(child.waitFor()).isZero();
        assertThat(logs.lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"))
                .anySatisfy(line -> assertThat(line).contains("\"level\":\"INFO\"")
                        .contains("\"formattedMessage\":\"Generating edition 2020-11-20"));
    }

    @Test
    void logFormatJson_reportsTheFinalErrorAsAJsonLineToo() throws Exception {
        // given JSON logs and a date that is not one
        Process child = jsonRun("2020-02-30");

        // when it runs
        String logs = new String(child.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        // then it exits 2, and every line on standard error, the error included, is one JSON object
        assertThat(child.waitFor()).isEqualTo(2);
        assertThat(logs.lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"))
                .anySatisfy(line -> assertThat(line).contains("\"level\":\"ERROR\"")
                        .contains("\"formattedMessage\":\"--date '2020-02-30' is not a real date").contains("\"exitCode\":2"));
    }

    @Test
    void configNamedButMissing_exits2SayingSo() {
        assertThat(run("run", "--date", "2020-11-20", "--config", project.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml given with --config does not exist");
        assertThat(project.resolve("output")).doesNotExist();
    }

    @Test
    void runWithoutDate_whenTodayHasNoStories_publishesAnEmptyEditionAndExits0() {
        // given the sample records, none of them today's (cron just after midnight)
        // when the scheduler runs without --date
        int code = run("run");

        // then today's edition is published, saying it has no stories
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("stories    0 (of 38 records read");
        assertThat(project.resolve("output/.work")).isEmptyDirectory();
    }
}
