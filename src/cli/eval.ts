import { loadConfig } from "../config.js";
import { LEARNED_MATCH_MODEL } from "../core/faq/learned-match-model.js";
import { projectRoot } from "../project-root.js";
import { runEval, runHoldout } from "../services/run-eval.js";
import { formatEvalReport, formatHoldoutReport } from "./format-eval-report.js";
import { roundedModel, writeMatchModel } from "./write-match-model.js";

/**
 * `npm run eval [-- --threshold 0.8] [-- --write-model]`: k-fold evaluation of the thread-reply
 * path on a labelled messages file (`--messages <path>`; the npm script passes the fixture), then,
 * with `--holdout <path>`, the committed model on a frozen file that nothing was fitted on.
 * `--write-model` refits on every message and rewrites src/core/faq/learned-match-model.ts.
 */
const MODEL_PATH = `${projectRoot()}/src/core/faq/learned-match-model.ts`;

function optionValue(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[index + 1];
}

function fail(text: string): void {
  process.stderr.write(`eval: ${text}\n`);
  process.exitCode = 2;
}

const args = process.argv.slice(2);
const messagesPath = optionValue(args, "--messages");
const thresholdText = optionValue(args, "--threshold");
const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
if (messagesPath === undefined) {
  fail("--messages <path to a labelled messages file> is required (npm run eval passes the eval set)");
} else if (threshold !== undefined && !(Number.isFinite(threshold) && threshold > 0 && threshold <= 1)) {
  fail("--threshold expects a number between 0 and 1, e.g. --threshold 0.8");
} else {
  // With DATABASE_URL the evaluation runs on PostgreSQL (in a throwaway database on that server).
  const { databaseUrl } = loadConfig(process.env);
  const engine = databaseUrl === undefined ? {} : { databaseUrl };
  process.stderr.write(`eval: on ${databaseUrl === undefined ? "SQLite (in memory)" : "PostgreSQL"}\n`);
  const report = await runEval({
    messagesPath,
    ...engine,
    ...(threshold === undefined ? {} : { threshold }),
  });
  process.stdout.write(formatEvalReport(report));
  const holdoutPath = optionValue(args, "--holdout");
  if (holdoutPath !== undefined) {
    process.stdout.write(
      formatHoldoutReport(await runHoldout({ messagesPath: holdoutPath, ...engine }), holdoutPath),
    );
  }
  const fitted = roundedModel(report.fittedModel);
  if (args.includes("--write-model")) {
    writeMatchModel(MODEL_PATH, report.fittedModel, report.messages);
    process.stdout.write(`wrote ${MODEL_PATH}\n`);
  } else if (JSON.stringify(fitted) !== JSON.stringify(roundedModel(LEARNED_MATCH_MODEL))) {
    process.stdout.write(
      "note: the committed model differs from a fit on these messages; run `npm run eval -- --write-model`\n",
    );
  }
  process.exitCode = report.meetsTargets ? 0 : 1;
}
