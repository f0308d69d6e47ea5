/**
 * Issue 17's "unanswered -> teach -> answered" scenario, shared by the console, Discord and Slack
 * tests so that all three platforms are held to the same question, entry and rephrasing.
 */
export const teachScenario = {
  /** A question the starter FAQ is unsure about: offered "Might help" entries, listed as unanswered. */
  unsure: "does freelancer plus lower the service fee on normal contracts?",
  /** The entry a moderator teaches it to (the committed model ranks it second for this question). */
  slug: "freelancer-plus",
  /** The same question asked again in other case and punctuation (the same wording key). */
  askedAgain: "Does Freelancer Plus lower the service fee on normal contracts??",
} as const;

/** The id `/faq unanswered` shows for a listed question ("#3 my connects ..."), read from its text. */
export function unansweredIdOf(listing: string, question: string): number {
  const line = listing.split("\n").find((candidate) => candidate.includes(question));
  const id = line?.match(/#(\d+)/)?.[1];
  if (id === undefined) throw new Error(`"${question}" is not in the unanswered list:\n${listing}`);
  return Number(id);
}
