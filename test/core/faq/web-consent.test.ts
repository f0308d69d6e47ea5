import { describe, expect, it } from "vitest";
import {
  type CapturedOrigin,
  isRewrittenInOwnWords,
  OWN_WORDS_MAX_OVERLAP,
  webPublication,
  wordingOverlap,
} from "../../../src/core/faq/web-consent.js";

const member =
  "Yes: when a client cancels a job post, the Connects you spent on it are refunded to your balance within a day.";

describe("a moderator's rewrite in their own words", () => {
  it("is a rewrite when the answer says the same thing in other words", () => {
    const rewrite =
      "Upwork returns Connects automatically if the job you applied to is closed by the client without hiring.";
    expect(wordingOverlap(member, rewrite)).toBeLessThanOrEqual(OWN_WORDS_MAX_OVERLAP);
    expect(isRewrittenInOwnWords(member, rewrite)).toBe(true);
  });

  it("is not a rewrite after light edits: fixed typos, a changed word, reordered punctuation", () => {
    const light =
      "Yes. When a client cancels a job post, the Connects you spent on it are refunded to your balance within one day.";
    expect(wordingOverlap(member, light)).toBeGreaterThan(0.6);
    expect(isRewrittenInOwnWords(member, light)).toBe(false);
    expect(isRewrittenInOwnWords(member, member.toUpperCase())).toBe(false);
  });

  it("is not a rewrite when one verbatim sentence is kept and the rest cut", () => {
    expect(isRewrittenInOwnWords(member, "The Connects you spent on it are refunded.")).toBe(false);
  });

  it("is not a rewrite when the member's whole text is padded with new sentences", () => {
    const padded = `${member} Upwork's help centre explains refunds of Connects in detail, including the case of a job post that expires, one that the client edits after you applied, and one that breaks the terms of service.`;
    expect(isRewrittenInOwnWords(member, padded)).toBe(false);
  });

  it("compares single words for answers shorter than three words", () => {
    expect(isRewrittenInOwnWords("Yes refunded", "Yes refunded")).toBe(false);
    expect(isRewrittenInOwnWords("Yes refunded", "They come back automatically")).toBe(true);
  });
});

describe("whether an entry may be on the web", () => {
  const origin = (overrides: Partial<CapturedOrigin>): CapturedOrigin => ({
    slug: "connects-refund",
    suggestionId: 4,
    capturedAnswer: member,
    authorId: "U123",
    publish: null,
    creditName: null,
    ...overrides,
  });

  it("shows entries nobody captured from a member", () => {
    expect(webPublication(undefined, member)).toEqual({ shown: true, reason: "not-captured", credit: null });
  });

  it("hides a captured answer until its author agrees, and after they decline or withdraw", () => {
    expect(webPublication(origin({ publish: null }), member).reason).toBe("awaiting-author");
    expect(webPublication(origin({ publish: "asked" }), member)).toMatchObject({ shown: false });
    expect(webPublication(origin({ publish: "declined" }), member).reason).toBe("author-declined");
    expect(webPublication(origin({ publish: "withdrawn" }), member).reason).toBe("author-withdrew");
    expect(webPublication(origin({ authorId: null }), member).reason).toBe("author-unknown");
  });

  it("shows it once the author agreed, with their name only when they opted in", () => {
    expect(webPublication(origin({ publish: "granted" }), member)).toEqual({
      shown: true,
      reason: "author-agreed",
      credit: null,
    });
    expect(webPublication(origin({ publish: "granted", creditName: "Ana" }), member).credit).toBe("Ana");
  });

  it("shows a moderator's rewrite whatever the author said, never with the author's name", () => {
    const rewrite = "Upwork gives back the Connects when the client closes the post without hiring anyone.";
    for (const publish of ["withdrawn", "declined", "granted"] as const) {
      expect(webPublication(origin({ publish, creditName: "Ana" }), rewrite)).toEqual({
        shown: true,
        reason: "rewritten",
        credit: null,
      });
    }
  });
});
