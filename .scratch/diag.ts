import { runEval, runHoldout } from "../src/services/run-eval.js";

const r = await runEval({ messagesPath: process.argv[2] ?? "test/fixtures/eval-messages.json" });
const top1 = r.confusions.reduce((a, c) => a + c.count, 0);
console.log(
  `precision ${(r.precision * 100).toFixed(1)} rate ${(r.answerRate * 100).toFixed(1)} false ${r.falselyAnswered} ece ${r.calibration.expectedCalibrationError.toFixed(3)} top3 ${r.middleBand.remainingWithRightInTop3}/${r.middleBand.remainingAnswerable} top1wrong ${top1} thr ${r.foldThresholds.map((t) => t.answer).join(",")}`,
);
const h = await runHoldout({ messagesPath: "test/fixtures/eval-holdout.json" });
console.log(
  `holdout(committed model) precision ${(h.precision * 100).toFixed(1)} rate ${(h.answerRate * 100).toFixed(1)} false ${h.falselyAnswered} ece ${h.calibration.expectedCalibrationError.toFixed(3)}`,
);
for (const p of r.curve) console.log(JSON.stringify(p));
console.log(r.silences);
