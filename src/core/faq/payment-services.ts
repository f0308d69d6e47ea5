import { stemWord } from "./stem-word.js";

/**
 * Ways members move money (stemmed as the matcher stems message words). An entry about Upwork's
 * own fee does not answer what Wise charges for a transfer, however many words ("fee", "send",
 * "money") they share; an entry that names the service (taking payment through Wise outside
 * Upwork) may. "wise" the adjective ("is it wise to...") is told apart by its place: see
 * namedPaymentServices.
 */
const PAYMENT_SERVICES: ReadonlySet<string> = new Set(
  [
    "paypal",
    "payoneer",
    "wise",
    "transferwise",
    "bank",
    "venmo",
    "revolut",
    "stripe",
    "skrill",
    "zelle",
    "cashapp",
    "crypto",
    "bitcoin",
    "usdt",
  ].map(stemWord),
);

/** Words before "wise" that make it the adjective: "is it wise", "not wise", "be wise". */
const ADJECTIVE_LEAD = new Set(["is", "it", "be", "was", "not", "very", "so", "more", "it's", "its"]);

/** The payment services a message names, as stemmed terms (the words are the message's own, in order). */
export function namedPaymentServices(words: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const [index, word] of words.entries()) {
    const term = stemWord(word);
    if (!PAYMENT_SERVICES.has(term)) continue;
    if (word === "wise" && ADJECTIVE_LEAD.has(words[index - 1] ?? "")) continue;
    named.add(term);
  }
  return named;
}
