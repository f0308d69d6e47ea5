import { describe, expect, it } from "vitest";
import {
  conceptProbes,
  knownConcepts,
  leadingConcepts,
  strictExpression,
} from "../../../src/core/faq/plan-first-cut.js";

const groups = [["top"], ["rated"], ["relate"], ["long", "term", "longterm"]];

describe("the first-cut plan", () => {
  it("probes each concept with its words OR-ed", () => {
    expect(conceptProbes(groups)).toEqual(['"top"', '"rated"', '"relate"', '"long" OR "term" OR "longterm"']);
  });

  it("drops the concepts no entry contains before asking for all of them", () => {
    const known = knownConcepts(groups, [true, true, false, true]);
    expect(strictExpression(known)).toBe('"top" AND "rated" AND ("long" OR "term" OR "longterm")');
  });

  it("leads with the two weightiest concepts, field names first, in message order", () => {
    // "contract" is a generic word (weighed down); "top rated" and "long term" are expanded names.
    const message = [["good"], ["contract"], ["top", "rated"], ["bad"], ["long", "term", "longterm"]];
    expect(leadingConcepts(message)).toEqual([
      ["top", "rated"],
      ["long", "term", "longterm"],
    ]);
    expect(leadingConcepts([["client"], ["connects"]])).toEqual([["client"], ["connects"]]);
  });
});
