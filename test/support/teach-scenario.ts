/**
 * Issue 17's "unanswered -> teach -> answered" scenario, shared by the console, Discord and Slack
 * tests so that all three platforms are held to the same question, entry and rephrasing.
 */
export const teachScenario = {
  /** A question the starter FAQ is unsure about: offered "Might help" entries, listed as unanswered. */
  unsure: "my connects disappeared after a month, is that normal",
  /** The entry a moderator teaches it to. */
  slug: "connects-price-expiry",
  /** The same question asked again in other words and punctuation (the same wording key). */
  askedAgain: "My connects disappeared after a month... is that normal?",
} as const;

/** The id `/faq unanswered` shows for a listed question ("#3 my connects ..."), read from its text. */
export function unansweredIdOf(listing: string, question: string): number {
  const line = listing.split("\n").find((candidate) => candidate.includes(question));
  const id = line?.match(/#(\d+)/)?.[1];
  if (id === undefined) throw new Error(`"${question}" is not in the unanswered list:\n${listing}`);
  return Number(id);
}
