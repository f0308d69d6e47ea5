import { describe, expect, it } from "vitest";
import { MIDDLE_BAND_SIZE, middleBandOffer } from "../../../src/core/faq/middle-band.js";

const ranked = (...confidences: number[]) =>
  confidences.map((confidence, index) => ({ entry: { slug: `entry-${index}` }, confidence }));

describe("middleBandOffer", () => {
  it("offers the top three, best first, when the best is likely but under the answer threshold", () => {
    const offer = middleBandOffer(ranked(0.5, 0.3, 0.1, 0.05), 0.8, 0.6);
    expect(offer?.entries.map((entry) => entry.slug)).toEqual(["entry-0", "entry-1", "entry-2"]);
    expect(offer?.entries).toHaveLength(MIDDLE_BAND_SIZE);
    expect(offer?.chance).toBeCloseTo(0.9, 6);
  });

  it("answers instead when the best reaches the answer threshold", () => {
    expect(middleBandOffer(ranked(0.85, 0.1), 0.8, 0.6)).toBeNull();
  });

  it("stays silent when even the top three together are too unlikely, or nothing matched", () => {
    expect(middleBandOffer(ranked(0.2, 0.1, 0.1), 0.8, 0.6)).toBeNull();
    expect(middleBandOffer([], 0.8, 0.6)).toBeNull();
  });
});
