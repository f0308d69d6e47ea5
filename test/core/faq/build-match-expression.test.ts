import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/faq/analyse-text.js";
import {
  buildAllOfMatchExpression,
  buildMatchExpression,
} from "../../../src/core/faq/build-match-expression.js";

/** What every expression must look like: quoted letter/digit words joined by OR, nothing else. */
const SAFE_EXPRESSION = /^(?:"[\p{L}\p{N}]+"\*?(?: OR "[\p{L}\p{N}]+"\*?)*)?$/u;

describe("buildMatchExpression", () => {
  it.each([
    ['say "hello', '"say" OR "hello"'],
    ["NEAR(top rated, 5)", '"near" OR "top" OR "rated" OR "5"'],
    ["top* -rated", '"top" OR "rated"'],
    ["((unbalanced", '"unbalanced"'],
    ["🎉🔥", ""],
    ["AND OR NOT", '"and" OR "or" OR "not"'],
    ["col:value ^start", '"col" OR "value" OR "start"'],
  ])("%s -> %s", (text, expected) => {
    expect(buildMatchExpression(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))).toBe(expected);
  });

  it("drops words that are not plain letters and digits, whatever the caller passes", () => {
    expect(buildMatchExpression(['x" OR 1', "ok", "a*", "(b)"])).toBe('"ok"');
  });

  it("adds prefixes only to long words when asked", () => {
    expect(buildMatchExpression(["jss", "vetted"], { prefix: true })).toBe('"jss" OR "vetted"*');
  });

  it("keeps at most maxWords distinct words", () => {
    expect(buildMatchExpression(["a", "a", "b", "c"], { maxWords: 2 })).toBe('"a" OR "b"');
  });

  it("never produces anything but quoted words from any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(buildMatchExpression(analyseText(text).searchWords)).toMatch(SAFE_EXPRESSION);
      }),
      { numRuns: 500 },
    );
  });
});

describe("buildAllOfMatchExpression", () => {
  it("ANDs concepts and ORs each concept's words", () => {
    expect(buildAllOfMatchExpression(analyseText("does a refund hurt my JSS").searchGroups)).toBe(
      '"refund" AND "hurt" AND ("jss" OR "job" OR "success" OR "score")',
    );
  });

  it("is empty for fewer than two concepts (the any-word expression covers those)", () => {
    expect(buildAllOfMatchExpression([["jss"]])).toBe("");
    expect(buildAllOfMatchExpression([['"; DROP', "(x"], ["ok"]])).toBe("");
  });

  it("keeps at most maxGroups concepts", () => {
    expect(buildAllOfMatchExpression([["a"], ["b"], ["c"]], 2)).toBe('"a" AND "b"');
  });
});
