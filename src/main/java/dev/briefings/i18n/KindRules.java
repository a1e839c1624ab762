package dev.briefings.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefings.events.EventKind;

/**
 * What a kind's declaration asks of the messages that tell it, checked on the message's pattern:
 * <ul>
 *   <li><b>absent is never printed</b>: a headline, lede or timeline uses an optional role, an
 *   optional count, a source or a citation only inside a branch on its presence
 *   ({@code {office_count, select, 0 {…} other {…}}}, {@code {term_known, select, yes {…} other {…}}});
 *   other sentences are left out whole when the record lacks what they use;</li>
 *   <li><b>approximate stays approximate</b>: a message that tells a count the kind does not
 *   declare exact also tells its {@code <count>_approx};</li>
 *   <li><b>zero has its words</b>: a count the kind says may be zero is told only inside a plural or
 *   select on it that has an {@code =0} branch.</li>
 * </ul>
 * The translators' check reports each problem; a run asks {@link #unguarded} which values a
 * message needs, so that a record lacking one is rejected with a reason rather than told with a
 * zero or a gap.
 */
final class KindRules {

    /** One rule a message breaks. */
    enum Rule { PRESENCE, APPROXIMATE, ZERO }

    /** A broken rule: which, where in the pattern, and what to say. */
    record Problem(Rule rule, int offset, String message) {
    }

    /** Record-level subjects that a record may leave out, like an optional role. */
    static final Set<String> OPTIONAL_SUBJECTS = Set.of("source", "citing");

    private static final Set<String> APPROXIMATE_KEYS = Set.of("about", "over", "under", "at_least");

    private KindRules() {
    }

    /** Whether a kind's message must guard optional values itself (it is told whatever the record lacks). */
    static boolean alwaysTold(String messageName) {
        return messageName.equals(EventKind.HEADLINE) || messageName.equals(EventKind.LEDE)
                || messageName.equals(EventKind.TIMELINE);
    }

    /** Every rule the message breaks, in pattern order. */
    static List<Problem> check(EventKind kind, String messageName, PatternAnalysis analysis, ArgumentScope scope) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        if (alwaysTold(messageName)) {
            for (PatternAnalysis.Use use : analysis.uses()) {
                Optional<String> optional = optionalHead(kind, use, scope);
                if (optional.isPresent() && !present(optional.get(), kind, use) && reported.add("presence " + optional.get())) {
                    problems.add(new Problem(Rule.PRESENCE, use.offset(), "{" + use.name() + "} is used outside a branch on "
                            + "its presence; " + declaration(kind, optional.get()) + ", so a record may leave it out: "
                            + guardHint(kind, optional.get())));
                }
            }
        }
        for (EventKind.CountSpec count : kind.counts().values()) {
            List<PatternAnalysis.Use> told = analysis.uses().stream()
                    .filter(use -> tellsCount(use, count.name())).toList();
            if (told.isEmpty()) {
                continue;
            }
            boolean qualified = analysis.uses().stream().anyMatch(use -> use.name().equals(count.name() + "_approx"));
            if (!count.exact()) {
                for (PatternAnalysis.Use use : analysis.uses()) {
                    if (use.name().equals(count.name() + "_approx")) {
                        List<String> missing = APPROXIMATE_KEYS.stream().sorted().filter(k -> !use.keywords().contains(k)).toList();
                        if (!missing.isEmpty()) {
                            problems.add(new Problem(Rule.APPROXIMATE, use.offset(), "{" + use.name() + "} has no branch for "
                                    + String.join(", ", missing) + ", so such a figure would be told by the other branch as if "
                                    + "exact; give each of about, over, under and at_least its words"));
                        }
                    }
                }
            }
            if (!count.exact() && !qualified) {
                problems.add(new Problem(Rule.APPROXIMATE, told.get(0).offset(), "{" + told.get(0).name() + "} is told "
                        + "without {" + count.name() + "_approx}; a record may give it as about, over, under or at least a figure "
                        + "(translations/kinds/" + kind.id() + ".yaml: counts." + count.name() + " is not exact: true)"));
            }
            if (count.zero()) {
                for (PatternAnalysis.Use use : told) {
                    if (use.name().equals(count.name()) && !zeroHandled(use, count.name())) {
                        problems.add(new Problem(Rule.ZERO, use.offset(), "{" + use.name() + "} may be 0 "
                                + "(translations/kinds/" + kind.id() + ".yaml: counts." + count.name() + " has zero: true); "
                                + "tell it in a plural with an =0 branch that says so in words"));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** The optional values a message uses outside a branch on their presence: a record lacking one cannot be told. */
    static Set<String> unguarded(EventKind kind, PatternAnalysis analysis, ArgumentScope scope) {
        Set<String> heads = new LinkedHashSet<>();
        for (PatternAnalysis.Use use : analysis.uses()) {
            optionalHead(kind, use, scope).filter(head -> !present(head, kind, use)).ifPresent(heads::add);
        }
        return heads;
    }

    /** The optional role, count or subject whose value this use prints, if any. */
    private static Optional<String> optionalHead(EventKind kind, PatternAnalysis.Use use, ArgumentScope scope) {
        ArgumentScope.Name name = ArgumentScope.Name.parse(use.name());
        String head = name.head();
        String suffix = name.suffix();
        EventKind.Role role = kind.roles().get(head);
        if (role != null && role.min() == 0 || OPTIONAL_SUBJECTS.contains(head)) {
            boolean prints = suffix == null || "in".equals(suffix) || scope.cases().contains(suffix)
                    || scope.isNameMention(suffix);
            return prints ? Optional.of(head) : Optional.empty();
        }
        EventKind.CountSpec count = kind.counts().get(head);
        if (count != null && !count.required()) {
            return suffix == null || "text".equals(suffix) ? Optional.of(head) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the use sits in a branch that is taken only when the value is present. */
    private static boolean present(String head, EventKind kind, PatternAnalysis.Use use) {
        boolean count = kind.counts().containsKey(head);
        for (PatternAnalysis.Branch branch : use.within()) {
            if (count) {
                if (branch.argument().equals(head + "_known") && excludes(branch, "no")
                        || branch.argument().equals(head + "_approx") && excludes(branch, "none")) {
                    return true;
                }
            } else if (branch.argument().equals(head + "_count") && !branch.keyword().equals("0") && !branch.keyword().equals("=0")
                    && (!branch.keyword().equals("other") || branch.keywords().contains("0") || branch.keywords().contains("=0"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a branch is never taken for the given value: another keyword, or other beside a branch for it. */
    private static boolean excludes(PatternAnalysis.Branch branch, String absentValue) {
        if (branch.keyword().equals(absentValue)) {
            return false;
        }
        return !branch.keyword().equals("other") || branch.keywords().contains(absentValue);
    }

    /** Whether the use tells the count's value: the number itself in any form, or its text with the unit. */
    private static boolean tellsCount(PatternAnalysis.Use use, String count) {
        return use.name().equals(count) && use.printsValue() || use.name().equals(count + "_text");
    }

    /** Whether a zero is told in words: the use is a plural or select with =0, or inside a non-zero branch of one. */
    private static boolean zeroHandled(PatternAnalysis.Use use, String count) {
        if (use.keywords().contains("=0") || use.keywords().contains("0")) {
            return true;
        }
        for (PatternAnalysis.Branch branch : use.within()) {
            if (branch.argument().equals(count + "_approx") && APPROXIMATE_KEYS.contains(branch.keyword())) {
                return true; // a record never gives zero as approximate
            }
            if (branch.argument().equals(count) && (branch.keywords().contains("=0") || branch.keywords().contains("0"))
                    && !branch.keyword().equals("=0") && !branch.keyword().equals("0")) {
                return true;
            }
        }
        return false;
    }

    /** Where the kind declares the value optional, for a finding. */
    static String declaration(EventKind kind, String head) {
        String file = "translations/kinds/" + kind.id() + ".yaml";
        if (kind.roles().containsKey(head)) {
            return head + " is optional (" + file + ": roles." + head + " has min: 0)";
        }
        if (kind.counts().containsKey(head)) {
            return head + " is optional (" + file + ": counts." + head + " is not required: true)";
        }
        return head + " is optional (a record may have no " + (head.equals("citing") ? "source.citing" : "source") + ")";
    }

    private static String guardHint(EventKind kind, String head) {
        return kind.counts().containsKey(head)
                ? "write {" + head + "_known, select, yes {…with it…} other {…without it…}}"
                : "write {" + head + "_count, select, 0 {…without it…} other {…with it…}}";
    }
}
