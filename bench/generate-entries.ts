import { readStarterPack } from "../src/content/seed-starter-pack.js";
import { completeEntry } from "../src/core/faq/import/complete-entry.js";
import { faqFileFromEntries } from "../src/core/faq/import/faq-file-from-entries.js";
import type { FaqEntryInput } from "../src/core/faq/types.js";

/**
 * FAQ entries for benchmarks, load and fault tests, made from the starter pack by paraphrase and
 * recombination so that the full-text index holds text with the vocabulary, lengths and overlaps
 * of a real community FAQ (random words would make every index look fast and every matcher look
 * accurate). The first entries are the starter pack itself, unchanged, so the eval set's labels
 * still point at real slugs; every generated entry remembers the starter entry it was derived
 * from (`topicOf`), which is how accuracy "at scale" is scored.
 *
 * Deterministic: the same count gives the same entries on every machine.
 */

export interface StarterEntry {
  slug: string;
  question: string;
  answer: string;
  aliases: string[];
  tags: string[];
  sources: string[];
  criteria: string[];
}

export interface GeneratedEntries {
  entries: FaqEntryInput[];
  /** Generated slug -> the starter slug it paraphrases (starter slugs map to themselves). */
  topicOf: Map<string, string>;
}

/** The shipped starter pack, read and validated by the same code that seeds a new database. */
export function readStarterEntries(): StarterEntry[] {
  const pack = readStarterPack();
  if (!pack.ok) throw new Error("the starter pack is invalid: run npm test to see why");
  return pack.entries;
}

/** A small seeded generator (mulberry32): fast, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

/** Trades and niches people name when they ask; they make each generated question distinct. */
const NICHES = [
  "logo designers",
  "WordPress developers",
  "copywriters",
  "virtual assistants",
  "bookkeepers",
  "translators",
  "video editors",
  "voice over artists",
  "React developers",
  "data entry freelancers",
  "SEO consultants",
  "UX researchers",
  "illustrators",
  "Shopify developers",
  "technical writers",
  "mobile app developers",
  "data analysts",
  "social media managers",
  "photographers",
  "3D modellers",
  "game developers",
  "marketing strategists",
  "project managers",
  "customer support agents",
  "lead generation specialists",
  "Python developers",
  "podcast editors",
  "ghostwriters",
  "grant writers",
  "motion designers",
  "DevOps engineers",
  "QA testers",
  "legal consultants",
  "accountants",
  "tutors",
  "recruiters",
  "architects",
  "CAD drafters",
  "sales copywriters",
  "ecommerce managers",
  "machine learning engineers",
  "cybersecurity consultants",
  "product designers",
  "resume writers",
  "music producers",
  "interior designers",
  "email marketers",
  "Salesforce admins",
  "no-code builders",
  "localisation specialists",
];

/** Situations that turn one question into many real-looking ones. */
const SITUATIONS = [
  "after my first month",
  "with only two clients so far",
  "while on a long hourly contract",
  "after a client disappeared",
  "after a refund",
  "when I was on holiday for six weeks",
  "after switching to an agency",
  "with a brand new profile",
  "after a dispute was settled",
  "when my contract was paused",
  "with mostly fixed-price work",
  "while working for one big client",
  "after my identity check",
  "when my earnings dropped this quarter",
  "after closing three small jobs",
  "with a private profile",
  "as a part-time freelancer",
  "after a bad review",
  "with repeat clients only",
  "while my account was on hold",
  "after I raised my rate",
  "when my client ended the contract early",
  "with contracts in two currencies",
  "after a milestone was refunded",
  "on a team account",
  "after coming back from a break",
  "with no feedback left yet",
  "when the client never left a review",
  "after my profile was reviewed",
  "while applying with Connects",
];

const QUESTION_FRAMES = [
  (core: string) => core,
  (core: string) => `Quick question: ${lowerFirst(core)}`,
  (core: string) => `Does anyone know ${lowerFirst(stripQuestionMark(core))}?`,
  (core: string) => `Can someone explain ${lowerFirst(stripQuestionMark(core))}?`,
  (core: string) => `I'm confused: ${lowerFirst(core)}`,
  (core: string) => `Help please, ${lowerFirst(core)}`,
];

/** Word swaps a person makes when saying the same thing differently. */
const PARAPHRASES: readonly [RegExp, readonly string[]][] = [
  [/\bget\b/gi, ["earn", "obtain", "receive", "qualify for"]],
  [/\bbadge\b/gi, ["label", "status badge", "tag"]],
  [/\bclient\b/gi, ["buyer", "customer", "employer"]],
  [/\bcontract\b/gi, ["job", "engagement", "project"]],
  [/\bcontracts\b/gi, ["jobs", "engagements", "projects"]],
  [/\bprofile\b/gi, ["account page", "freelancer profile"]],
  [/\bwork\b/gi, ["operate", "function"]],
  [/\blose\b/gi, ["drop", "miss"]],
  [/\bfee\b/gi, ["charge", "cut", "commission"]],
  [/\bearnings\b/gi, ["income", "billings", "revenue"]],
  [/\bappear\b/gi, ["show up", "become visible"]],
  [/\bdisappear\b/gi, ["vanish", "go missing"]],
  [/\brequirements\b/gi, ["criteria", "rules", "conditions"]],
  [/\bhow long\b/gi, ["how many days", "how much time"]],
  [/\bwhy did\b/gi, ["how come", "what made"]],
];

const lowerFirst = (text: string) =>
  text.length > 1 && /[A-Z][a-z]/.test(text.slice(0, 2)) ? text[0]?.toLowerCase() + text.slice(1) : text;
const stripQuestionMark = (text: string) => text.replace(/[?.!]+$/, "");

function paraphrase(text: string, random: () => number): string {
  let result = text;
  for (const [pattern, replacements] of PARAPHRASES) {
    if (random() < 0.45) result = result.replace(pattern, () => pick(random, replacements));
  }
  return result;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const slugPart = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * `count` entries: the starter pack first, then generated ones. A generated entry paraphrases one
 * starter entry's question for a niche and a situation, and recombines its answer from sentences of
 * that entry and of one or two others, so the index has realistic overlap between entries.
 */
export function generateEntries(count: number, seed = 20_261_126): GeneratedEntries {
  const starter = readStarterEntries();
  const random = seededRandom(seed);
  const entries: FaqEntryInput[] = [];
  const topicOf = new Map<string, string>();
  const starterSentences = starter.map((entry) => sentencesOf(entry.answer));

  for (const entry of starter.slice(0, count)) {
    entries.push({ ...entry, reviewBy: "2027-06-30" });
    topicOf.set(entry.slug, entry.slug);
  }
  for (let index = entries.length; index < count; index++) {
    const baseIndex = index % starter.length;
    const base = starter[baseIndex];
    const baseSentences = starterSentences[baseIndex];
    if (!base || !baseSentences) throw new Error("starter pack is empty");
    const niche = pick(random, NICHES);
    const situation = pick(random, SITUATIONS);
    const frame = pick(random, QUESTION_FRAMES);
    const question = `${stripQuestionMark(frame(paraphrase(base.question, random)))} for ${niche} ${situation}?`;

    const donors = [pick(random, starterSentences), pick(random, starterSentences)];
    const sentences = [
      ...baseSentences.slice(0, 2 + Math.floor(random() * 2)),
      ...donors.map((donor) => pick(random, donor)),
      `For ${niche}, the same applies ${situation}.`,
    ].map((sentence) => paraphrase(sentence, random));
    const answer = sentences.join(" ").slice(0, 3_900);

    const aliases = [
      ...base.aliases.filter(() => random() < 0.3).map((alias) => `${paraphrase(alias, random)} (${niche})`),
      `${paraphrase(stripQuestionMark(base.question), random)} ${situation}`,
    ].map((alias) => alias.slice(0, 200));

    const slug = `${base.slug.slice(0, 48)}-${slugPart(niche).slice(0, 20)}-${index}`;
    entries.push({
      slug,
      question: question.slice(0, 300),
      answer,
      aliases,
      tags: [...base.tags.slice(0, 10), slugPart(niche).slice(0, 40)],
      sources: base.sources,
      criteria: base.criteria,
      owner: null,
      reviewBy: "2027-06-30",
    });
    topicOf.set(slug, base.slug);
  }
  return { entries, topicOf };
}

/** The import file shape (`npm run faq -- import`), for the fault tests' large imports. */
export function toImportFile(entries: readonly FaqEntryInput[]): string {
  return JSON.stringify(faqFileFromEntries(entries.map(completeEntry)));
}
