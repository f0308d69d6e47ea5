import { describe, expect, it } from "vitest";
import { answerCurve } from "../../../../src/core/faq/evaluate/answer-curve.js";
import { confusions } from "../../../../src/core/faq/evaluate/confusions.js";
import { foldOf } from "../../../../src/core/faq/evaluate/fold-of.js";
import { reliability } from "../../../../src/core/faq/evaluate/reliability.js";
import {
  chooseAnswerThreshold,
  chooseMiddleBandThreshold,
} from "../../../../src/core/faq/learn/choose-thresholds.js";
import { fitCalibrator } from "../../../../src/core/faq/learn/fit-calibrator.js";
import { fitRanker } from "../../../../src/core/faq/learn/fit-ranker.js";
import type { TrainingMessage } from "../../../../src/core/faq/learn/training-message.js";

describe("fitRanker", () => {
  it("learns that the feature which marks the right candidate matters, and the noise does not", () => {
    // Feature 0 is higher for the right candidate; feature 1 is the same for every candidate.
    const messages: TrainingMessage[] = Array.from({ length: 40 }, (_unused, index) => ({
      expected: "right",
      candidates: [
        { slug: "right", features: [0.6 + (index % 3) * 0.1, 0.5] },
        { slug: "wrong", features: [0.3 + (index % 4) * 0.1, 0.5] },
      ],
      foreign: 0,
      otherPlatform: 0,
      decided: true,
    }));
    const [signal = 0, noise = 0] = fitRanker(messages, { featureCount: 2 });
    expect(signal).toBeGreaterThan(1);
    expect(Math.abs(noise)).toBeLessThan(1e-6);
  });
});

describe("fitCalibrator", () => {
  it("gives probabilities that match the observed frequencies", () => {
    // At input 1, 8 of 10 are right; at input 0, 2 of 10.
    const rows = [
      ...Array.from({ length: 10 }, (_unused, index) => ({ score: 1, inputs: [1], right: index < 8 })),
      ...Array.from({ length: 10 }, (_unused, index) => ({ score: 0, inputs: [0], right: index < 2 })),
    ];
    const { intercept, weights } = fitCalibrator(rows, 0);
    const at = (x: number) => 1 / (1 + Math.exp(-(intercept + (weights[0] ?? 0) * x)));
    expect(at(1)).toBeCloseTo(0.8, 3);
    expect(at(0)).toBeCloseTo(0.2, 3);
  });
});

describe("threshold choice", () => {
  const outcome = (p1: number, right1: boolean, p3 = p1, rightIn3 = right1) => ({ p1, p3, right1, rightIn3 });

  it("picks the lowest threshold whose answers (and every higher one's) keep the precision goal", () => {
    const outcomes = [
      outcome(0.95, true),
      outcome(0.9, true),
      outcome(0.8, true),
      outcome(0.7, false),
      outcome(0.6, true),
    ];
    expect(chooseAnswerThreshold(outcomes, 0.9)).toBe(0.71);
    expect(chooseAnswerThreshold([outcome(0.9, false)], 0.9)).toBe(0.99);
  });

  it("picks the middle band from the unanswered messages only", () => {
    const outcomes = [outcome(0.95, true), outcome(0.5, false, 0.9, true), outcome(0.4, false, 0.3, false)];
    expect(chooseMiddleBandThreshold(outcomes, 0.9, 0.9)).toBe(0.31);
  });

  it("picks a middle band whose every higher threshold keeps the hit goal too", () => {
    const outcomes = [
      outcome(0.2, false, 0.2, true),
      outcome(0.3, false, 0.3, true),
      outcome(0.5, false, 0.5, false),
      outcome(0.6, false, 0.6, true),
    ];
    // 3 of 4 offered hold the right entry from 0.01, but only 1 of 2 from 0.31: a dip, not a band.
    expect(chooseMiddleBandThreshold(outcomes, 0.9, 0.6)).toBe(0.51);
  });
});

describe("evaluation figures", () => {
  it("reliability: bins and the expected calibration error", () => {
    const result = reliability([
      { probability: 0.95, right: true },
      { probability: 0.95, right: false },
      { probability: 0.15, right: false },
    ]);
    expect(result.bins.filter((bin) => bin.count > 0)).toHaveLength(2);
    // (2 * |0.95 - 0.5| + 1 * |0.15 - 0|) / 3
    expect(result.expectedCalibrationError).toBeCloseTo(0.35, 6);
  });

  it("curve: answer rate among answerable, precision counting unanswerable answers as wrong", () => {
    const [point] = answerCurve(
      [
        { p1: 0.9, right1: true, answerable: true },
        { p1: 0.8, right1: false, answerable: false },
        { p1: 0.2, right1: true, answerable: true },
      ],
      [0.5],
    );
    expect(point).toEqual({ threshold: 0.5, answerRate: 0.5, precision: 0.5, falseAnswers: 1 });
  });

  it("confusions: counted pairs, most frequent first, right answers left out", () => {
    expect(
      confusions([
        { expected: "a", got: "b" },
        { expected: "a", got: "b" },
        { expected: "c", got: "c" },
        { expected: "c", got: "a" },
      ]),
    ).toEqual([
      { expected: "a", got: "b", count: 2 },
      { expected: "c", got: "a", count: 1 },
    ]);
  });

  it("folds: stable per text and within range", () => {
    expect(foldOf("how long until the badge", 5)).toBe(foldOf("how long until the badge", 5));
    const folds = new Set(Array.from({ length: 200 }, (_unused, index) => foldOf(`message ${index}`, 5)));
    expect([...folds].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
