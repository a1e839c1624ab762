package dev.briefings.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic synthetic edition: N stories of every shipped kind, with realistic
 * participants from the sample glossary, counts, attributes, quotes (in both languages) and
 * background records, spread over files of 1,000 records as a wire desk would deliver them.
 * The same N and seed always give the same files.
 */
public final class SyntheticEdition {

    /** The shipped kinds, each written in turn at random. */
    static final int KINDS = 36;

    /** Records per file. */
    static final int PER_FILE = 1_000;

    private static final List<String> PEOPLE = List.of("putin", "lukashenko", "mishustin", "aliyev", "pashinyan", "biden",
            "trump", "raffensperger", "alex-allan", "trump-jr");
    private static final List<String> ORGANIZATIONS = List.of("rosgvardia", "belarus-interior-ministry",
            "belarus-authorities", "fda", "pfizer", "biontech");
    private static final List<String> COUNTRIES = List.of("russia", "belarus", "armenia", "azerbaijan", "malaysia");
    private static final List<String> PLACES = List.of("minsk", "moscow", "sochi", "atlanta", "london", "washington");
    private static final List<String> TOPICS = List.of("public-order", "public-safety", "state-facilities", "arms-control",
            "energy-security", "crime-fighting");
    private static final List<String> AGENCIES = List.of("interfax", "tass", "reuters");

    private SyntheticEdition() {
    }

    /** Writes N stories of the edition 2020-11-20 (and one background record per ten stories) into a folder. */
    public static void write(Path folder, int stories, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        BufferedWriter out = null;
        for (int i = 0; i < stories; i++) {
            if (i % PER_FILE == 0) {
                if (out != null) {
                    out.close();
                }
                out = Files.newBufferedWriter(folder.resolve(String.format(Locale.ROOT, "wire-%05d.yaml", i / PER_FILE)),
                        StandardCharsets.UTF_8);
            }
            String background = "";
            if (i % 10 == 0) {
                String id = String.format(Locale.ROOT, "2020-10-background-%06d", i);
                out.write(record(id, "2020-10-" + (10 + random.nextInt(18)), random, false, ""));
                background = id;
            }
            out.write(record(String.format(Locale.ROOT, "2020-11-20-story-%06d", i), "2020-11-" + (14 + random.nextInt(7)),
                    random, true, background));
        }
        if (out != null) {
            out.close();
        }
    }

    private static String record(String id, String date, Random random, boolean story, String background) {
        String source = story ? "  source: {agency: " + pick(AGENCIES, random) + ", reported: 2020-11-20}\n" : "";
        String backgroundLine = background.isEmpty() ? "" : "  background: [" + background + "]\n";
        String priority = "  priority: " + (1 + random.nextInt(9)) + "\n";
        String head = "- id: " + id + "\n  date: " + date + "\n  place: " + pick(PLACES, random) + "\n" + source
                + backgroundLine + priority;
        return switch (random.nextInt(KINDS)) {
            case 0 -> head + "  kind: agreement.signed\n  participants:\n    parties: [" + pick(ORGANIZATIONS, random) + ", "
                    + pick(COUNTRIES, random) + "]\n    areas: [" + pick(TOPICS, random) + "]\n  attributes: {effective: on_signing}\n";
            case 1 -> head + "  kind: cases.reported\n  participants: {reporter: russia-coronavirus-center, country: russia, disease: coronavirus}\n"
                    + "  counts: {cases: " + random.nextInt(30_000) + ", deaths: " + random.nextInt(600) + "}\n";
            case 2 -> head + "  kind: meeting.held\n  participants:\n    participants: [" + PEOPLE.get(random.nextInt(5)) + ", "
                    + PEOPLE.get(5 + random.nextInt(4)) + "]\n";
            case 3 -> head + "  kind: result.certified\n  participants: {certifier: raffensperger, winner: biden, "
                    + "jurisdiction: georgia-us}\n  counts:\n    margin: {value: " + (1000 + random.nextInt(20_000))
                    + ", approximate: over}\n";
            case 4 -> head + "  kind: summit.attended\n  participants: {attendees: [" + pick(PEOPLE, random)
                    + "], summit: apec-summit, host: " + pick(COUNTRIES, random) + "}\n  attributes: {format: video}\n";
            case 5 -> head + "  kind: infection.reported\n  participants: {person: " + pick(PEOPLE, random) + ", disease: coronavirus}\n"
                    + "  quote:\n    speaker: " + pick(PEOPLE, random) + "\n    language: ru\n    text:\n"
                    + "      ru: Мы договорились, что ситуация будет под контролем\n"
                    + "      en: We agreed that the situation would be kept under control\n";
            case 6 -> head + "  kind: territory.transferred\n  participants: {giver: armenia, receiver: azerbaijan, "
                    + "territory: aghdam-district}\n";
            case 7 -> head + "  kind: accusation.made\n  participants: {accuser: " + pick(PEOPLE, random)
                    + ", accused: the-west, charge: backing-opposition}\n";
            case 8 -> head + "  kind: arrests.made\n  participants: {authority: belarus-authorities, "
                    + "detained: belarus-opposition-figures, charge: seizing-power}\n";
            case 9 -> head + "  kind: authorization.requested\n  participants: {applicants: [pfizer, biontech], regulator: fda, "
                    + "product: covid-vaccine}\n  attributes: {type: " + (random.nextBoolean() ? "emergency" : "full") + "}\n";
            case 10 -> head + "  kind: ceasefire.signed\n  participants: {signatories: [aliyev, pashinyan, putin], "
                    + "region: nagorno-karabakh}\n";
            case 11 -> head + "  kind: protests.ongoing\n  participants: {target: lukashenko}\n  attributes: {scale: "
                    + pick(List.of("hundreds", "thousands", "tens_of_thousands", "hundreds_of_thousands"), random) + "}\n";
            case 12 -> head + "  kind: reserve.formed\n  participants: {announcer: putin, country: russia, requester: lukashenko, "
                    + "near: belarus-border}\n";
            case 13 -> head + "  kind: resignation.announced\n  participants: {person: " + pick(PEOPLE, random)
                    + ", post: ministerial-standards-adviser}\n";
            case 14 -> head + "  kind: talks.ordered\n  participants: {issuer: mishustin, parties: [rosgvardia, "
                    + "belarus-interior-ministry], subject: cooperation-agreement}\n";
            case 16 -> head + "  kind: statement.made\n  participants: {author: " + pick(PEOPLE, random) + ", topic: "
                    + pick(TOPICS, random) + "}\n";
            case 17 -> head + "  kind: call.held\n  participants: {caller: " + PEOPLE.get(random.nextInt(5)) + ", callee: "
                    + PEOPLE.get(5 + random.nextInt(5)) + ", topics: [" + pick(TOPICS, random) + "]}\n";
            case 18 -> head + "  kind: visit.made\n  participants: {visitor: " + PEOPLE.get(random.nextInt(5)) + ", destination: "
                    + pick(COUNTRIES, random) + ", host: " + PEOPLE.get(5 + random.nextInt(5)) + "}\n  attributes: {first: \""
                    + (random.nextBoolean() ? "yes" : "no") + "\"}\n";
            case 19 -> head + "  kind: law.signed\n  participants: {signer: " + pick(PEOPLE, random) + ", law: cooperation-agreement}\n";
            case 20 -> head + "  kind: bill.passed\n  participants: {chamber: belarus-authorities, bill: cooperation-agreement}\n"
                    + "  counts: {support: " + (200 + random.nextInt(200)) + ", against: " + random.nextInt(50) + "}\n"
                    + "  attributes: {reading: " + pick(List.of("first", "second", "third", "final"), random) + "}\n";
            case 21 -> head + "  kind: verdict.delivered\n  participants: {court: belarus-authorities, defendant: "
                    + pick(PEOPLE, random) + ", charge: seizing-power}\n  counts:\n    sentence: {value: " + (1 + random.nextInt(12))
                    + ", unit: year}\n  attributes: {verdict: guilty}\n";
            case 22 -> head + "  kind: charges.filed\n  participants: {prosecutor: belarus-authorities, accused: ["
                    + pick(PEOPLE, random) + "], charge: [seizing-power]}\n";
            case 23 -> head + "  kind: election.held\n  participants: {election: apec-summit, country: " + pick(COUNTRIES, random)
                    + "}\n  counts: {turnout: {value: " + (30 + random.nextInt(60)) + ".5, approximate: about}}\n";
            case 24 -> head + "  kind: appointment.made\n  participants: {appointee: " + PEOPLE.get(random.nextInt(5))
                    + ", post: ministerial-standards-adviser, appointer: " + PEOPLE.get(5 + random.nextInt(5)) + "}\n";
            case 25 -> head + "  kind: dismissal.made\n  participants: {dismissed: " + PEOPLE.get(random.nextInt(5))
                    + ", post: ministerial-standards-adviser, dismisser: " + PEOPLE.get(5 + random.nextInt(5)) + "}\n";
            case 26 -> head + "  kind: sanctions.imposed\n  participants: {imposer: [" + pick(COUNTRIES, random) + "], target: ["
                    + pick(PEOPLE, random) + ", " + pick(ORGANIZATIONS, random) + "], reason: backing-opposition}\n";
            case 27 -> head + "  kind: attack.reported\n  participants: {target: " + pick(PLACES, random) + "}\n  counts: {killed: "
                    + random.nextInt(40) + ", injured: {value: " + (1 + random.nextInt(100)) + ", approximate: over}}\n"
                    + "  attributes: {type: " + pick(List.of("attack", "airstrike", "shelling", "bombing"), random) + "}\n";
            case 28 -> head + "  kind: disaster.struck\n  participants: {area: " + pick(COUNTRIES, random) + "}\n  counts: {killed: "
                    + random.nextInt(40) + ", missing: " + random.nextInt(10) + "}\n  attributes: {type: "
                    + pick(List.of("earthquake", "flood", "fire", "storm", "landslide", "explosion", "crash"), random) + "}\n";
            case 29 -> head + "  kind: approval.granted\n  participants: {regulator: fda, product: covid-vaccine, applicants: "
                    + "[pfizer, biontech]}\n  attributes: {type: " + (random.nextBoolean() ? "emergency" : "full") + "}\n";
            case 30 -> head + "  kind: prisoners.exchanged\n  participants: {sides: [armenia, azerbaijan]}\n  counts: {prisoners: "
                    + (2 + random.nextInt(200)) + "}\n";
            case 31 -> head + "  kind: death.announced\n  participants: {person: " + pick(PEOPLE, random) + "}\n  counts: {age: "
                    + (40 + random.nextInt(60)) + "}\n";
            case 32 -> head + "  kind: figure.reported\n  participants: {indicator: energy-security, country: "
                    + pick(COUNTRIES, random) + "}\n  counts: {level: " + random.nextInt(10) + "." + random.nextInt(10)
                    + "}\n  attributes: {direction: " + pick(List.of("rose", "fell", "unchanged"), random) + "}\n";
            case 33 -> head + "  kind: rate.decided\n  participants: {bank: " + pick(ORGANIZATIONS, random) + "}\n  counts: {rate: "
                    + (1 + random.nextInt(15)) + ".25}\n  attributes: {decision: " + pick(List.of("raised", "cut", "held"), random)
                    + "}\n";
            case 34 -> head + "  kind: results.reported\n  participants: {company: " + pick(ORGANIZATIONS, random) + "}\n  counts:\n"
                    + "    revenue: {value: " + (1 + random.nextInt(90_000)) + "000000, currency: USD}\n    profit: {value: "
                    + (1 + random.nextInt(9_000)) + "000000, currency: USD}\n  attributes: {period: quarter}\n";
            case 35 -> head + "  kind: protests.held\n  participants: {area: " + pick(PLACES, random) + ", target: "
                    + pick(PEOPLE, random) + "}\n  counts: {protesters: {value: " + (100 * (1 + random.nextInt(100)))
                    + ", approximate: about}, detained: " + random.nextInt(30) + "}\n";
            default -> head + "  kind: election.won\n  participants: {winner: " + pick(PEOPLE, random) + "}\n"
                    + "  counts: {term: " + (2 + random.nextInt(6)) + "}\n  attributes: {disputed: \"yes\"}\n";
        };
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code SyntheticEdition <folder> <stories>}: writes an edition, for the benchmark script. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 20201120L);
    }
}
