/**
 * The freelancing field's abbreviations and paraphrases, rewritten to one canonical spelling on
 * BOTH sides of a comparison (the query and the FAQ text), so "TRP", "TR+" and "top rated plus"
 * meet. Rules are matched longest-first on the normalised words, before stop words are dropped,
 * which lets "show up", "off platform" and "get it back" be recognised as phrases.
 */
const RULES: ReadonlyArray<readonly [from: string, to: string]> = [
  // Statuses and scores
  ["jss", "job success score"],
  ["job success", "job success score"],
  ["job success score", "job success score"],
  ["success score", "job success score"],
  ["tr", "top rated"],
  ["toprated", "top rated"],
  ["top rated", "top rated"],
  ["trp", "top rated plus"],
  ["tr plus", "top rated plus"],
  ["toprated plus", "top rated plus"],
  ["top rated plus", "top rated plus"],
  ["plus badge", "top rated plus badge"],
  ["plus version", "top rated plus"],
  ["plus status", "top rated plus"],
  ["plus one", "top rated plus"],
  ["ev", "expert vetted"],
  ["evt", "expert vetted"],
  ["expert vetted", "expert vetted"],
  ["rt", "rising talent"],
  ["rising star", "rising talent"],
  ["rising talent", "rising talent"],
  ["fp", "fixed price"],
  ["fixed price", "fixed price"],
  ["fixed fee", "fixed price"],
  ["f plus", "freelancer plus"],
  ["freelancer plus", "freelancer plus"],
  ["tos", "terms service"],
  ["terms of service", "terms service"],
  ["user agreement", "terms service"],
  ["mcf", "mid contract feedback"],
  ["mid contract feedback", "mid contract feedback"],
  ["mid contract", "mid contract"],
  // Money
  ["commission", "fee"],
  ["commissions", "fee"],
  ["percentage", "fee"],
  ["cut", "fee"],
  ["conversion fee", "conversion fee"],
  ["opt out fee", "conversion fee"],
  ["optout fee", "conversion fee"],
  ["buyout", "conversion fee"],
  ["buy out", "conversion fee"],
  ["earnings", "earn"],
  ["earned", "earn"],
  ["earning", "earn"],
  ["income", "earn"],
  ["revenue", "earn"],
  ["billed", "earn"],
  ["money back", "refund"],
  ["make money", "earn"],
  ["money", "earn"],
  ["payment", "pay"],
  ["payments", "pay"],
  ["paid", "pay"],
  ["payout", "pay"],
  ["payouts", "pay"],
  // Off-platform dealings
  ["off platform", "off platform"],
  ["offplatform", "off platform"],
  ["outside upwork", "off platform"],
  ["outside of upwork", "off platform"],
  ["outside the platform", "off platform"],
  ["directly", "off platform"],
  ["circumvent", "off platform"],
  ["circumvention", "off platform"],
  // Badges appearing, being lost, coming back
  ["show up", "appear"],
  ["shows up", "appear"],
  ["showing up", "appear"],
  ["appears", "appear"],
  ["appeared", "appear"],
  ["display", "appear"],
  ["displayed", "appear"],
  ["visible", "appear"],
  ["lost", "lose"],
  ["losing", "lose"],
  ["loses", "lose"],
  ["removed", "lose"],
  ["disappeared", "lose"],
  ["disappear", "lose"],
  ["vanished", "lose"],
  ["vanish", "lose"],
  ["vanishes", "lose"],
  ["disappears", "lose"],
  ["anymore", "lose"],
  ["not there", "lose"],
  ["no longer", "lose"],
  ["gone", "lose"],
  ["dropped", "lose"],
  ["taken away", "lose"],
  ["go away", "lose"],
  ["went away", "lose"],
  ["goes away", "lose"],
  ["disappearing", "lose"],
  ["stripped", "lose"],
  ["regain", "regain"],
  ["get back", "regain"],
  ["come back", "regain"],
  ["comes back", "regain"],
  ["coming back", "regain"],
  ["get it back", "regain"],
  ["get them back", "regain"],
  ["win back", "regain"],
  ["earn back", "regain"],
  ["again", "regain"],
  ["restore", "regain"],
  ["recover", "regain"],
  // Eligibility
  ["criteria", "requirement"],
  ["criterion", "requirement"],
  ["requirements", "requirement"],
  ["required", "requirement"],
  ["qualify", "requirement"],
  ["qualifies", "requirement"],
  ["qualified", "requirement"],
  ["eligible", "requirement"],
  ["eligibility", "requirement"],
  ["eligable", "requirement"],
  ["rules", "requirement"],
  // Feedback
  ["review", "feedback"],
  ["reviews", "feedback"],
  ["rating", "feedback"],
  ["ratings", "feedback"],
  ["stars", "feedback"],
  ["rated me", "feedback"],
  ["rate me", "feedback"],
  // Contract shapes
  ["long term", "longterm"],
  ["longterm", "longterm"],
  ["ongoing", "longterm"],
  ["retainer", "longterm"],
  ["full time", "longterm"],
  ["fulltime", "longterm"],
  ["split", "split"],
  ["splitting", "split"],
  ["break up", "split"],
  ["separate contracts", "split contracts"],
  ["multiple contracts", "split contracts"],
  ["several contracts", "split contracts"],
  ["exclusivity", "exclusive"],
  ["exclusively", "exclusive"],
  ["non compete", "exclusive"],
  ["noncompete", "exclusive"],
  ["only one client", "exclusive"],
  ["single client", "exclusive"],
  ["one client", "exclusive"],
  // Visibility and activity
  ["hidden", "private"],
  ["invisible", "private"],
  ["inactivity", "inactive"],
  ["idle", "inactive"],
  ["available now", "availability"],
  ["availability badge", "availability"],
  ["client side", "client"],
  ["label", "badge"],
  ["before the contract ends", "mid contract"],
  ["before it ends", "mid contract"],
  ["during the contract", "mid contract"],
  ["during a contract", "mid contract"],
  ["in the middle of", "mid contract"],
  ["halfway", "mid contract"],
  ["halfway through", "mid contract"],
  ["mid job", "mid contract"],
  ["midway", "mid contract"],
  ["interim", "mid contract"],
  ["protected", "protection"],
  ["protect", "protection"],
  ["covered", "protection"],
  ["dead", "die"],
  ["reopen", "reactivate"],
  ["ranking", "rank"],
  ["higher in search", "rank"],
  ["search ranking", "rank"],
  ["search position", "rank"],
  ["customer", "client"],
  ["customers", "client"],
  ["buyer", "client"],
  ["buyers", "client"],
];

/**
 * Names that are one thing, not their words: "Top Rated Plus" is not "Top Rated" plus a word, and
 * a message about Top Rated must not half-match every Top Rated Plus entry. Each is compared as one
 * term ("top_rated_plus"); full-text search still looks for its words.
 */
const COMPOUND_NAMES: ReadonlySet<string> = new Set([
  "top rated",
  "top rated plus",
  "rising talent",
  "expert vetted",
  "job success score",
  "freelancer plus",
  "fixed price",
  "conversion fee",
  "off platform",
  "mid contract",
  "mid contract feedback",
  "terms service",
]);

interface Rule {
  from: readonly string[];
  to: readonly string[];
  /** The single term the rule's output is compared as, for compound names. */
  compound: string | null;
}

/** Rules by their first word, longest first, built once at module load. */
const RULES_BY_FIRST_WORD: ReadonlyMap<string, readonly Rule[]> = (() => {
  const byFirst = new Map<string, Rule[]>();
  for (const [from, to] of RULES) {
    const rule: Rule = {
      from: from.split(" "),
      to: to.split(" "),
      compound: COMPOUND_NAMES.has(to) ? to.replace(/ /g, "_") : null,
    };
    const first = rule.from[0] ?? "";
    const list = byFirst.get(first) ?? [];
    list.push(rule);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  return byFirst;
})();

export interface CanonicalWord {
  /** The canonical spelling used for comparison. */
  word: string;
  /** True when the word came from a synonym rule (the original words are also worth searching). */
  fromRule: boolean;
  /** Which stretch of the input it came from: words of one rule match share the same number. */
  span: number;
  /** The input words of a rule match (empty for a word no rule covered: it is its own source). */
  source: readonly string[];
  /** For the words of a compound name, the one term they are compared as (see COMPOUND_NAMES). */
  compound: string | null;
}

const NO_SOURCE: readonly string[] = [];

/** Rewrites normalised words into canonical words; words no rule covers pass through unchanged. */
export function applyFieldSynonyms(words: readonly string[]): CanonicalWord[] {
  const out: CanonicalWord[] = [];
  let index = 0;
  while (index < words.length) {
    const rules = RULES_BY_FIRST_WORD.get(words[index] ?? "");
    const rule = rules?.find((candidate) =>
      candidate.from.every((part, offset) => words[index + offset] === part),
    );
    if (rule) {
      const source = words.slice(index, index + rule.from.length);
      for (const word of rule.to)
        out.push({ word, fromRule: true, span: index, source, compound: rule.compound });
      index += rule.from.length;
    } else {
      const word = words[index] ?? "";
      out.push({ word, fromRule: false, span: index, source: NO_SOURCE, compound: null });
      index += 1;
    }
  }
  return out;
}
