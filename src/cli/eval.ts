import { EVAL_TARGETS, type EvalReport, runEval } from "../services/run-eval.js";

/** `npm run eval [-- --threshold 0.7]`: measures the thread-reply path on the labelled messages. */

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function mark(ok: boolean): string {
  return ok ? "ok" : "MISSED";
}

function format(report: EvalReport): string {
  const lines = [
    `gigdesk eval: ${report.answerable + report.mustNotAnswer} messages, threshold ${report.threshold}`,
    ...(report.storedDefaultThreshold === report.threshold
      ? []
      : [
          `note: a new community's stored default threshold is ${report.storedDefaultThreshold}, not ${report.threshold}`,
        ]),
    "",
    `top-1 accuracy among answered : ${percent(report.top1AmongAnswered)} (${report.correct}/${report.answered})  target >= ${percent(EVAL_TARGETS.top1AmongAnswered)}  ${mark(report.top1AmongAnswered >= EVAL_TARGETS.top1AmongAnswered)}`,
    `answer rate among answerable  : ${percent(report.answerRate)} (${report.answered}/${report.answerable})  target >= ${percent(EVAL_TARGETS.answerRate)}  ${mark(report.answerRate >= EVAL_TARGETS.answerRate)}`,
    `false answers (must not answer): ${percent(report.falseAnswerRate)} (${report.falselyAnswered}/${report.mustNotAnswer})  target <= ${percent(EVAL_TARGETS.falseAnswerRate)}  ${mark(report.falseAnswerRate <= EVAL_TARGETS.falseAnswerRate)}`,
    `decision time                 : median ${report.medianDecisionMs.toFixed(2)} ms, p99 ${report.p99DecisionMs.toFixed(2)} ms (one cold pass; npm run bench measures)`,
    "",
    `misses (${report.misses.length}):`,
  ];
  for (const miss of report.misses) {
    const confidence = miss.confidence === null ? "-" : miss.confidence.toFixed(2);
    const expected = miss.expected ?? "(must not answer)";
    lines.push(
      `- [${miss.kind}] expected ${expected}, got ${miss.got} (confidence ${confidence}): ${miss.text}`,
    );
  }
  lines.push("", report.meetsTargets ? "All targets met." : "Targets NOT met.");
  return `${lines.join("\n")}\n`;
}

function parseThreshold(args: readonly string[]): number | undefined | "invalid" {
  const index = args.findIndex((arg) => arg === "--threshold" || arg.startsWith("--threshold="));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  const raw = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[index + 1];
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : "invalid";
}

const threshold = parseThreshold(process.argv.slice(2));
if (threshold === "invalid") {
  process.stderr.write("eval: --threshold expects a number between 0 and 1, e.g. --threshold 0.7\n");
  process.exitCode = 2;
} else {
  const report = await runEval(threshold === undefined ? {} : { threshold });
  process.stdout.write(format(report));
  process.exitCode = report.meetsTargets ? 0 : 1;
}
