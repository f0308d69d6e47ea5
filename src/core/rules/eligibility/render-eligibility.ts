import { plural, statusNames } from "../format-threshold.js";
import { joinWords } from "../join-words.js";
import { rulesetFooter } from "../ruleset-footer.js";
import type { Criterion, Ruleset, StatusId } from "../ruleset-schema.js";
import { statusIds } from "../ruleset-schema.js";
import { describeGap } from "./describe-gap.js";
import type { EligibilityInput } from "./eligibility-input.js";
import { optionsFor, statingOption } from "./eligibility-options.js";
import type { EligibilityResult, TierVerdict, UnknownCriterion } from "./tier-verdict.js";

/** The reply's `data`: the verdicts as tests and `--json` read them (snake_case, stable). */
export interface EligibilityData {
  ruleset: string;
  ruleset_effective_from: string;
  tiers: (Omit<TierVerdict, "unknown"> & { unknown: (UnknownCriterion & { add_options: string[] })[] })[];
  /**
   * Every criterion taken for granted in any tier: what was assumed, the option that states it
   * and how (`hold:no`).
   */
  assumptions: { criterion: string; condition: string; add_options: string[]; state_with: string | null }[];
  disagreements: { criterion: string; note: string }[];
}

export interface RenderedEligibility {
  title: string;
  body: string;
  footer: string;
  sources: string[];
  data: EligibilityData;
}

/**
 * The /eligibility answer in words: one section per status, "eligible if …" whenever a verdict
 * rests on something the member did not state, then where sources disagree.
 */
export function renderEligibility(
  result: EligibilityResult,
  ruleset: Ruleset,
  input: EligibilityInput,
): RenderedEligibility {
  const criteria = new Map(
    statusIds
      .flatMap((tier) => ruleset.statuses[tier]?.criteria ?? [])
      .map((criterion) => [criterion.id, criterion]),
  );
  const tiers = result.tiers.map((verdict) => ({
    ...verdict,
    unknown: verdict.unknown.map((entry) => ({
      ...entry,
      add_options: entry.missing.flatMap(optionsFor),
    })),
  }));
  const assumedIds = [...new Set(tiers.flatMap((verdict) => verdict.assumed))];
  const assumptions = assumedIds.map((id) => {
    const criterion = criteria.get(id);
    const stating = criterion ? statingOption(criterion) : null;
    return {
      criterion: id,
      condition: conditionOf(criterion, id),
      add_options: stating ? [stating.split(":")[0] ?? stating] : [],
      state_with: stating,
    };
  });
  const disagreements = tiers.flatMap((verdict) =>
    [...verdict.unmet, ...verdict.unknown].flatMap(({ criterion }) => {
      const note = criteria.get(criterion)?.disagreement;
      return note ? [{ criterion, note }] : [];
    }),
  );
  const otherDisagreements = [...criteria.values()]
    .filter((criterion) => criterion.disagreement && !disagreements.some((d) => d.criterion === criterion.id))
    .map((criterion) => criterion.id);

  const sections = result.tiers.map((verdict) => describeTier(verdict, criteria, ruleset, input));
  const absent = statusIds.filter((tier) => !ruleset.statuses[tier]);
  if (absent.length > 0) {
    sections.push(
      `${absent.map((tier) => statusNames[tier]).join(", ")}: not part of ruleset \`${ruleset.id}\` (they did not exist then).`,
    );
  }
  const full = [...sections, ...disagreementSections(disagreements, otherDisagreements, "full")].join("\n\n");
  // Discord's embed holds 4,096 characters: when every criterion fails, the disagreements shrink
  // to their ids (`/status` tells each in full) rather than the verdicts being cut.
  const body =
    full.length <= maxBodyLength
      ? full
      : [...sections, ...disagreementSections(disagreements, otherDisagreements, "ids")].join("\n\n");
  const decisive = tiers.flatMap((verdict) => verdict.unmet.map((entry) => entry.criterion));
  const sources = [
    ...new Set(
      (decisive.length > 0 ? decisive : ["top_rated.jss_current"]).flatMap(
        (id) =>
          criteria
            .get(id)
            ?.sources.slice(0, 1)
            .map((source) => source.url) ?? [],
      ),
    ),
  ];
  return {
    title: `Status check (ruleset ${ruleset.id})`,
    body,
    footer: rulesetFooter(ruleset),
    sources,
    data: {
      ruleset: result.ruleset,
      ruleset_effective_from: result.ruleset_effective_from,
      tiers,
      assumptions,
      disagreements,
    },
  };
}

const maxBodyLength = 4096;

function disagreementSections(
  deciding: readonly { criterion: string; note: string }[],
  others: readonly string[],
  form: "full" | "ids",
): string[] {
  const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(", ");
  if (form === "ids") {
    const all = [...deciding.map((entry) => entry.criterion), ...others];
    return all.length > 0
      ? [`Sources disagree on ${ids(all)}; \`/status\` shows which one gigdesk follows.`]
      : [];
  }
  const result: string[] = [];
  if (deciding.length > 0) {
    result.push(
      `**Where sources disagree**\n${deciding.map((d) => `- \`${d.criterion}\`: ${d.note}`).join("\n")}`,
    );
  }
  if (others.length > 0) {
    result.push(`Sources also disagree on ${ids(others)}; \`/status\` shows which one gigdesk follows.`);
  }
  return result;
}

function conditionOf(criterion: Criterion | undefined, id: string): string {
  return criterion?.condition ?? criterion?.description ?? id;
}

function describeTier(
  verdict: TierVerdict,
  criteria: ReadonlyMap<string, Criterion>,
  ruleset: Ruleset,
  input: EligibilityInput,
): string {
  const name = `**${statusNames[verdict.tier]}**`;
  const delay =
    verdict.tier === "expert_vetted" ? undefined : ruleset.marketplace.badgeDelayHours[verdict.tier];
  const delayLine =
    typeof delay === "number"
      ? ` The badge usually appears within about ${delay} hours of meeting every requirement.`
      : "";
  switch (verdict.status) {
    case "invitation_only":
      return `${name}: by invitation only; no numbers can earn it.${describeInvitationExtras(verdict, criteria, ruleset, input)}`;
    case "eligible":
      return verdict.assumed.length === 0
        ? `${name}: eligible.${delayLine}`
        : `${name}: eligible if ${describeAssumptions(verdict, criteria)}.${statingLine(verdict, criteria)}${delayLine}`;
    case "unknown":
    case "not_eligible": {
      const lines: string[] = [];
      for (const entry of verdict.unmet) {
        lines.push(
          `- ${describeGap(entry, criteria.get(entry.criterion), ruleset, input)} (\`${entry.criterion}\`)`,
        );
      }
      for (const entry of verdict.unknown)
        lines.push(`- ${describeUnknown(entry, criteria.get(entry.criterion))}`);
      const headline =
        verdict.status === "unknown"
          ? `${name}: cannot tell yet; everything else is met${verdict.assumed.length > 0 ? " or assumed" : ""}.`
          : `${name}: not yet. Missing:`;
      const assumed =
        verdict.assumed.length > 0 ? `\nThis also assumes ${describeAssumptions(verdict, criteria)}.` : "";
      return `${headline}\n${lines.join("\n")}\n${describeEta(verdict)}${assumed}`;
    }
  }
}

/**
 * "your profile is 100% complete and your account has had no recent hold"; assumptions a
 * status inherits from another (Top Rated Plus from Top Rated) are named by that status.
 */
function describeAssumptions(verdict: TierVerdict, criteria: ReadonlyMap<string, Criterion>): string {
  const own = verdict.assumed.filter((id) => id.startsWith(`${verdict.tier}.`));
  const inheritedTiers = [
    ...new Set(
      verdict.assumed
        .filter((id) => !id.startsWith(`${verdict.tier}.`))
        .map((id) => id.split(".")[0] as StatusId),
    ),
  ];
  const parts = [
    ...inheritedTiers.map((tier) => `what ${statusNames[tier]} assumes above holds`),
    ...own.map((id) => conditionOf(criteria.get(id), id)),
  ];
  return joinWords(parts);
}

function statingLine(verdict: TierVerdict, criteria: ReadonlyMap<string, Criterion>): string {
  const own = verdict.assumed.filter((id) => id.startsWith(`${verdict.tier}.`));
  const options = own.flatMap((id) => {
    const criterion = criteria.get(id);
    const stating = criterion ? statingOption(criterion) : null;
    return stating ? [`\`${stating}\``] : [];
  });
  return options.length > 0 ? ` Add ${joinWords([...new Set(options)])} to make it firm.` : "";
}

function describeInvitationExtras(
  verdict: TierVerdict,
  criteria: ReadonlyMap<string, Criterion>,
  ruleset: Ruleset,
  input: EligibilityInput,
): string {
  const notes = [
    ...verdict.unmet.map(
      (entry) => ` Also needed: ${describeGap(entry, criteria.get(entry.criterion), ruleset, input)}.`,
    ),
    ...verdict.unknown.map((entry) => ` ${describeUnknown(entry, criteria.get(entry.criterion))}`),
  ];
  return notes.join("");
}

function describeEta(verdict: TierVerdict): string {
  if (verdict.status === "unknown") return "Add the option(s) above for a verdict.";
  if (verdict.eta_weeks === null) {
    const stuck = verdict.unmet.some((entry) => entry.wait_weeks === null);
    return verdict.unknown.length > 0 && !stuck
      ? "Add the option(s) above to know whether waiting is enough."
      : "Waiting alone will not get you there.";
  }
  const when = `Earliest: in ${plural(verdict.eta_weeks, "week")}, if everything else stays as it is`;
  return verdict.eta_is_best_case
    ? `${when}. This is a best case: \`weeks\` gives the count but not which weeks were bad; give \`history\` for an exact answer.`
    : `${when}.`;
}

function describeUnknown(entry: UnknownCriterion, criterion: Criterion | undefined): string {
  const options = entry.missing
    .map((missing) =>
      missing === "eligible_weeks" ? "`history:` (or `weeks:`)" : `\`${optionsFor(missing)[0]}:\``,
    )
    .join(" and ");
  const what = criterion?.description ?? entry.criterion;
  const extra = entry.note ? ` (${entry.note})` : "";
  return options.length > 0
    ? `\`${entry.criterion}\` is unknown: add ${options} to check it. ${what}${extra}`
    : `\`${entry.criterion}\` is unknown${extra}.`;
}
