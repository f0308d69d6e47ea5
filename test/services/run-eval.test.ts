import { describe, expect, it } from "vitest";
import { EVAL_TARGETS, runEval } from "../../src/services/run-eval.js";

describe("npm run eval (the thread-reply path on the labelled messages)", async () => {
  const report = await runEval();

  it("meets the issue's targets at the default threshold", () => {
    expect(report.answerable).toBeGreaterThanOrEqual(90);
    expect(report.mustNotAnswer).toBeGreaterThanOrEqual(30);
    expect(report.top1AmongAnswered).toBeGreaterThanOrEqual(EVAL_TARGETS.top1AmongAnswered);
    expect(report.answerRate).toBeGreaterThanOrEqual(EVAL_TARGETS.answerRate);
    expect(report.falseAnswerRate).toBeLessThanOrEqual(EVAL_TARGETS.falseAnswerRate);
  });

  it("lists every miss with what the path did instead", () => {
    const wrongOrMissing = report.answerable - report.correct;
    expect(report.misses.filter((miss) => miss.expected !== null)).toHaveLength(wrongOrMissing);
    expect(report.misses.filter((miss) => miss.kind === "false-answer")).toHaveLength(report.falselyAnswered);
  });

  it("answers nothing at a threshold no confidence reaches", async () => {
    expect((await runEval({ threshold: 1 })).answered).toBe(0);
  });
});
