import { rulesetFooter } from "../ruleset-footer.js";
import type { Criterion, MarketplaceId, Ruleset, StatusId } from "../ruleset-schema.js";
import { describeTier, type TierWordingContext } from "./describe-tier.js";
import type { EligibilityInput } from "./eligibility-input.js";
import { optionsFor, statingOption } from "./eligibility-options.js";
import type { EligibilityResult, TierVerdict, UnknownCriterion } from "./tier-verdict.js";

/** The reply's `data`: the verdicts as tests and `--json` read them (snake_case, stable). */
export interface EligibilityData {
  marketplace: MarketplaceId;
  ruleset: string;
  ruleset_effective_from: string | null;
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
 * rests on something the member did not state, then where sources disagree. `absent` are the
 * statuses the marketplace's other rulesets define and this one does not.
 */
export function renderEligibility(
  result: EligibilityResult,
  ruleset: Ruleset,
  input: EligibilityInput,
  absent: readonly { id: StatusId; name: string }[] = [],
): RenderedEligibility {
  const criteria = new Map(
    Object.values(ruleset.statuses)
      .flatMap((rules) => rules.criteria)
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

  const context: TierWordingContext = { ruleset, criteria, input };
  const sections = result.tiers.map((verdict) => describeTier(verdict, context));
  if (absent.length > 0) {
    const why = ruleset.absentStatusesNote ? ` (${ruleset.absentStatusesNote})` : "";
    sections.push(
      `${absent.map((status) => status.name).join(", ")}: not part of ruleset \`${ruleset.id}\`${why}.`,
    );
  }
  const full = [...sections, ...disagreementSections(disagreements, otherDisagreements, "full")].join("\n\n");
  // Discord's embed holds 4,096 characters: when every criterion fails, the disagreements shrink
  // to their ids (`/status` tells each in full) rather than the verdicts being cut.
  const body =
    full.length <= maxBodyLength
      ? full
      : [...sections, ...disagreementSections(disagreements, otherDisagreements, "ids")].join("\n\n");
  return {
    title: `Status check (ruleset ${ruleset.id})`,
    body,
    footer: rulesetFooter(ruleset),
    sources: citedSources(result.tiers, ruleset, criteria),
    data: {
      marketplace: ruleset.marketplaceId,
      ruleset: result.ruleset,
      ruleset_effective_from: result.ruleset_effective_from,
      tiers,
      assumptions,
      disagreements,
    },
  };
}

const maxBodyLength = 4096;

/**
 * The source each deciding criterion follows; with nothing unmet, the one behind each status's
 * first criterion (or, for a status gigdesk cannot compute, its first published fact).
 */
function citedSources(
  verdicts: readonly TierVerdict[],
  ruleset: Ruleset,
  criteria: ReadonlyMap<string, Criterion>,
): string[] {
  const decisive = verdicts.flatMap((verdict) => verdict.unmet.map((entry) => entry.criterion));
  const firstSources =
    decisive.length > 0
      ? decisive.map((id) => criteria.get(id)?.sources[0]?.url)
      : verdicts.map((verdict) => {
          const rules = ruleset.statuses[verdict.tier];
          return (rules?.criteria[0] ?? rules?.notComputable?.published[0])?.sources[0]?.url;
        });
  return [...new Set(firstSources.filter((url): url is string => url !== undefined))];
}

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
