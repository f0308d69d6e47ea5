import type { EvalSummary } from "../core/faq/evaluate/summarise-eval.js";
import type { EvalReport } from "../services/run-eval.js";

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/**
 * One target's line. A share is told from a count by its goal (">= 95%"), not by being a whole
 * number: a holdout answering every question right has precision 1, which is 100.0%, not "1".
 */
function targetLine(target: { name: string; value: number; goal: string; met: boolean }): string {
  const value = target.goal.endsWith("%") ? percent(target.value) : String(target.value);
  return `  ${target.name.padEnd(58)} ${value.padStart(7)}  goal ${target.goal.padEnd(6)} ${target.met ? "ok" : "MISSED"}`;
}

/** The `npm run eval` report: every figure comes from folds the model was not fitted on. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const thresholds = report.foldThresholds.map((t) => `${t.answer}/${t.middleBand}`).join(", ");
  add(
    `gigdesk eval: ${report.messages} messages (${report.answerable} answerable, ${report.mustNotAnswer} must not be answered), ${report.folds}-fold cross-validation`,
    `each fold is scored by a model fitted on the other folds; answer/middle-band thresholds per fold: ${thresholds}`,
    "",
    "targets (held-out folds, thread-reply path)",
  );
  for (const target of report.targets) add(targetLine(target));
  add(
    `  answered ${report.answered} (right ${report.correct}, must-not-answer ${report.falselyAnswered}); decision median ${report.medianDecisionMs.toFixed(2)} ms, p99 ${report.p99DecisionMs.toFixed(2)} ms (cold; npm run bench measures)`,
    "",
    "precision / answer-rate curve (held-out probabilities, readable questions)",
    "  threshold  answer rate  precision  must-not-answer answered",
  );
  for (const point of report.curve) {
    add(
      `  ${point.threshold.toFixed(2).padStart(9)}  ${percent(point.answerRate).padStart(11)}  ${percent(point.precision).padStart(9)}  ${String(point.falseAnswers).padStart(6)}`,
    );
  }
  add("", "calibration of the top candidate's probability (held-out; every message with a candidate)");
  add("  bin        count  mean probability  right");
  for (const bin of report.calibration.bins) {
    if (bin.count === 0) continue;
    add(
      `  ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}  ${String(bin.count).padStart(7)}  ${percent(bin.meanProbability).padStart(16)}  ${percent(bin.accuracy).padStart(6)}`,
    );
  }
  add(`  expected calibration error (ECE): ${report.calibration.expectedCalibrationError.toFixed(3)}`, "");
  const confused = report.confusions.reduce((sum, c) => sum + c.count, 0);
  add(
    `confusions: the top candidate was another entry for ${confused} of ${report.answerable} answerable messages`,
  );
  for (const c of report.confusions.slice(0, 20))
    add(`  ${String(c.count).padStart(2)}x  ${c.expected} -> ${c.got}`);
  const band = report.middleBand;
  add(
    "",
    "middle band (item 3: offer the top three when the best match is likely but not sure)",
    `  answerable messages left unanswered: ${band.remainingAnswerable}; right entry in the top 3 for ${band.remainingWithRightInTop3} (${percent(band.remainingAnswerable === 0 ? 1 : band.remainingWithRightInTop3 / band.remainingAnswerable)})`,
    `  at the middle-band threshold: ${band.offered} unanswered questions offered the top 3; right entry among them for ${band.offeredHit}; ${band.offeredUnanswerable} of the offered have no answering entry`,
    "",
    "by message class (note): messages, answered, right, must-not-answer answered",
  );
  for (const row of report.byNote) {
    add(
      `  ${row.note.padEnd(16)} ${String(row.messages).padStart(4)} ${String(row.answered).padStart(4)} ${String(row.correct).padStart(4)} ${String(row.falselyAnswered).padStart(4)}`,
    );
  }
  add(
    "",
    `silences: ${Object.entries(report.silences)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(", ")}`,
    "",
  );
  add(`misses (${report.misses.length}):`);
  for (const miss of report.misses) {
    const top = miss.top.map((c) => `${c.slug} ${c.confidence.toFixed(2)}`).join(", ");
    add(
      `- [${miss.kind}] expected ${miss.expected ?? "(none)"}, got ${miss.got}; top: ${top || "-"}: ${miss.text.slice(0, 160)}`,
    );
  }
  add("", report.meetsTargets ? "All targets met." : "Targets NOT met.");
  return `${lines.join("\n")}\n`;
}

/** The frozen holdout: the committed model and default threshold on messages nothing was fitted on. */
export function formatHoldoutReport(summary: EvalSummary, path: string): string {
  const lines = [
    "",
    `frozen holdout (${path}): ${summary.messages} messages (${summary.answerable} answerable), committed model, default threshold`,
  ];
  for (const target of summary.targets) lines.push(targetLine(target));
  lines.push(`  calibration ECE ${summary.calibration.expectedCalibrationError.toFixed(3)}; misses:`);
  for (const miss of summary.misses) {
    const top = miss.top.map((c) => `${c.slug} ${c.confidence.toFixed(2)}`).join(", ");
    lines.push(
      `  - [${miss.kind}] expected ${miss.expected ?? "(none)"}, got ${miss.got}; top: ${top || "-"}: ${miss.text.slice(0, 120)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
