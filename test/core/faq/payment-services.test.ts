import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/faq/analyse-text.js";
import { profileEntry } from "../../../src/core/faq/entry-profile.js";
import { queryFeatures, RANKING_FEATURES, rankingFeatures } from "../../../src/core/faq/match-features.js";
import type { MatchableEntry } from "../../../src/core/faq/rank-candidates.js";
import { stemWord } from "../../../src/core/faq/stem-word.js";

const serviceFee: MatchableEntry = {
  slug: "freelancer-service-fee",
  question: "How much is Upwork's freelancer service fee now?",
  aliases: ["how much does upwork take from my earnings"],
  tags: ["fees"],
  answer: "A fee between 0% and 15% per contract, shown on the offer.",
};
const paidOutside: MatchableEntry = {
  slug: "off-platform-payment-penalty",
  question: "What happens if I take payment outside Upwork?",
  aliases: ["client wants to pay me on paypal"],
  tags: ["payments"],
  answer: "Paying through Wise, PayPal or a bank transfer outside Upwork breaks the terms of service.",
};

const SERVICE_MISS = RANKING_FEATURES.indexOf("serviceMiss");

function serviceMiss(text: string, entry: MatchableEntry): number | undefined {
  const query = analyseText(text);
  const profiles = [serviceFee, paidOutside].map(profileEntry);
  return rankingFeatures(query, profileEntry(entry), queryFeatures(query, profiles))[SERVICE_MISS];
}

describe("payment services a message names", () => {
  it("reads Wise, Payoneer and banks as services, stemmed as message words are", () => {
    expect([...analyseText("what's the fee for sending money with wise").paymentServices]).toEqual([
      stemWord("wise"),
    ]);
    expect(analyseText("Payoneer or a bank transfer, which is faster?").paymentServices.size).toBe(2);
  });

  it("does not read 'wise' the adjective as the service", () => {
    for (const text of ["is it wise to take a year-long exclusive contract?", "not wise to go hourly?"]) {
      expect(analyseText(text).paymentServices.size, text).toBe(0);
    }
  });

  it("marks an entry that never mentions the service the message names", () => {
    expect(serviceMiss("what's the fee for sending money with wise", serviceFee)).toBe(1);
    expect(serviceMiss("what's the fee for sending money with wise", paidOutside)).toBe(0);
    // A message naming no service leaves every entry unmarked.
    expect(serviceMiss("what's the upwork fee now", serviceFee)).toBe(0);
  });
});
