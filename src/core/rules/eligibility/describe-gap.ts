import { formatAmount, plural, statusName } from "../format-threshold.js";
import { formatUsd } from "../format-usd.js";
import { joinWords } from "../join-words.js";
import { marketplaceNames } from "../marketplace-id.js";
import type { Criterion, Ruleset } from "../ruleset-schema.js";
import type { EligibilityInput } from "./eligibility-input.js";
import type { UnmetCriterion } from "./tier-verdict.js";

/** One plain sentence about what is missing, e.g. "$150 more in 12-month earnings". */
export function describeGap(
  entry: UnmetCriterion,
  criterion: Criterion | undefined,
  ruleset: Ruleset,
  input: EligibilityInput,
): string {
  const { need, have, unit } = entry;
  const strict = entry.comparison === "gt";
  if (!criterion) return `${entry.criterion} is not met`;
  const numbers = typeof need === "number" && typeof have === "number";
  switch (criterion.measure) {
    case "earnings_12m_usd":
      if (numbers) {
        return strict
          ? `more than ${formatUsd(need - have)} more in 12-month earnings (the bar is more than ${formatUsd(need)}${input.isAgency ? " for agencies" : ""}; you have ${formatUsd(have)})`
          : `${formatUsd(need - have)} more in 12-month earnings (the bar is ${formatUsd(need)}; you have ${formatUsd(have)})`;
      }
      break;
    case "eligible_weeks":
      if (numbers) return describeWeeksGap(entry, need, have, strict, criterion, ruleset);
      break;
    case "jss":
      if (typeof need === "number") {
        const jss = ruleset.marketplace?.jss;
        const howToGetOne = jss
          ? ` (it takes ${jss.minEligibleJobs} eligible jobs with ${jss.minDistinctClients} clients)`
          : "";
        return have === null
          ? `a Job Success Score of at least ${need}%; you have no score yet${howToGetOne}`
          : `a Job Success Score of at least ${need}% (yours is ${have}%)`;
      }
      break;
    case "first_contract_days":
      if (numbers) {
        const days = Math.ceil(strict ? need + 1 - have : need - have);
        const when = entry.wait_weeks !== null ? `, in ${plural(entry.wait_weeks, "week")}` : "";
        return `a first contract ${strict ? "more than" : "at least"} ${plural(need, "day")} old: ${plural(days, "more day")}${when} (yours is ${plural(have, "day")})`;
      }
      break;
    case "profile_percent":
      return entry.note
        ? `a ${need}% complete profile (yours is ${have}%, which is ${entry.note}: add \`elance:yes\` if it did)`
        : `a ${need}% complete profile (yours is ${have}%)`;
    case "account_hold":
      return ruleset.marketplaceId === "upwork"
        ? "no recent account hold (you have one; Upwork does not say when a past hold stops counting)"
        : `${lowerFirst(criterion.description)} (you said your account has a hold, flag or restriction)`;
    case "availability_current":
      return "your availability kept up to date (set a return date when you are away)";
    case "days_since_activity":
      if (numbers) {
        // Rising Talent counts proposals and delivered work; Top Rated also accepted invitations and earnings.
        const counts = criterion.id.startsWith("rising_talent.")
          ? "a proposal or delivered work"
          : "a proposal, an accepted invitation or earnings";
        return `activity within the last ${plural(need, "day")}: ${counts} (your last was ${plural(have, "day")} ago)`;
      }
      break;
    case "largest_contract_usd":
      if (numbers) {
        const where = input.category
          ? ` for ${input.category}`
          : " (the lowest category amount; add `category:` for yours)";
        return `one single contract with more than ${formatUsd(need)} earned${where} and earnings in the last 12 months (your largest has ${formatUsd(have)})`;
      }
      break;
    case "large_contract_negative_outcome":
      return "a large contract without a negative outcome (you said yours had one)";
    case "exclusive_agency_member":
      return "not being an exclusive agency member (you said you are one; working on your own or as a non-exclusive member qualifies)";
    case "rating_stars":
      if (numbers) {
        const invited =
          criterion.threshold.kind === "number" && criterion.threshold.orInvitation
            ? `, unless ${marketplaceNames[ruleset.marketplaceId]} invited you`
            : "";
        return `an average rating of at least ${need} stars (yours is ${have})${invited}`;
      }
      break;
    case "success_score":
      if (numbers) return `a Success score of at least ${need} (yours is ${have})`;
      break;
    case "response_rate_percent":
      if (numbers) return `a response rate of at least ${need}% over 90 days (yours is ${have}%)`;
      break;
    case "orders_total":
      if (numbers)
        return `${plural(need - have, "more completed order")} (the bar is ${need}; you have ${have})`;
      break;
    case "unique_clients_total":
      if (numbers)
        return `${plural(need - have, "more unique client")} (the bar is ${need}; you have ${have})`;
      break;
    case "earnings_total_usd":
      if (numbers) {
        return `${formatUsd(need - have)} more in total earnings (the bar is ${formatUsd(need)}; you have ${formatUsd(have)})`;
      }
      break;
    case "points_12m":
      if (numbers) {
        return `${plural(need - have, "more point")} over the last 12 months (the bar is ${need.toLocaleString("en-US")}; you have ${have.toLocaleString("en-US")})`;
      }
      break;
    case "ratings_count":
      if (numbers) return `at least ${plural(need, "client rating")} (you have ${have})`;
      break;
    case "current_level": {
      const levels =
        criterion.threshold.kind === "level"
          ? joinWords(
              criterion.threshold.levels.map((level) => statusName(ruleset, level)),
              "or",
            )
          : String(need);
      return `${levels} first (you said you hold ${statusName(ruleset, String(have))})`;
    }
    case "negative_feedback":
      return "no negative public or private feedback (you said you have some)";
    case "identity_verified":
      return "a verified identity (you said yours is not verified yet)";
    case "payout_method":
      return "a valid payout method (you said you have none set up)";
    case "category":
      return `work in one of the categories Upwork vets (${String(need).split(",").join(", ")}); ${have === "other" ? "yours is none of them" : `yours is ${String(have)}`}`;
    case "holds_status": {
      const target =
        criterion.threshold.kind === "status"
          ? statusName(ruleset, criterion.threshold.status)
          : "another status";
      return `${target} first (see above)`;
    }
    default:
      break;
  }
  const needText = typeof need === "number" && unit ? formatAmount(need, unit) : String(need);
  const haveText =
    have === null ? "none" : typeof have === "number" && unit ? formatAmount(have, unit) : String(have);
  return `${criterion.description} (need ${needText}, you have ${haveText})`;
}

function describeWeeksGap(
  entry: UnmetCriterion,
  need: number,
  have: number,
  strict: boolean,
  criterion: Criterion,
  ruleset: Ruleset,
): string {
  const missing = plural(Math.max(1, Math.ceil(need - have + (strict ? 1 : 0))), "more eligible week");
  const bar = jssBar(ruleset, criterion);
  const holding =
    criterion.threshold.kind === "number" && criterion.threshold.countsWeeksHolding
      ? statusName(ruleset, criterion.threshold.countsWeeksHolding)
      : null;
  if (entry.wait_weeks === null) {
    const or = holding ? ` or while you hold ${holding}` : "";
    return `${missing}, but a week only counts while your JSS is at ${bar} or above${or}, so that comes first (you have ${have})`;
  }
  const keep = `if your JSS stays at ${bar} or above${holding ? ` (or you keep ${holding})` : ""}`;
  return entry.wait_is_best_case
    ? `${missing}: the earliest is in ${plural(entry.wait_weeks, "week")}, ${keep}`
    : `${missing}: your 16-week window gets there in ${plural(entry.wait_weeks, "week")}, ${keep}`;
}

function jssBar(ruleset: Ruleset, criterion: Criterion): number {
  const tier = criterion.id.split(".")[0] ?? "";
  const threshold = ruleset.statuses[tier]?.criteria.find(
    (candidate) => candidate.measure === "jss",
  )?.threshold;
  return threshold?.kind === "number" ? threshold.value : 90;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
