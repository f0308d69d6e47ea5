import type { MatchModel } from "../match-model.js";
import { solveLinear } from "./solve-linear.js";
import type { ScoredRow } from "./training-message.js";

/**
 * Logistic regression of "this candidate is the right entry" on the calibrator's inputs
 * (CALIBRATION_FEATURES), by Newton's method: a handful of parameters and a few hundred rows, so it
 * is exact and fast. A small ridge keeps it finite when the rows separate.
 */
export function fitCalibrator(rows: readonly ScoredRow[], ridge = 0.01): MatchModel["calibration"] {
  const size = (rows[0]?.inputs.length ?? 0) + 1;
  let beta = new Array<number>(size).fill(0);
  const x = rows.map((row) => [1, ...row.inputs]);
  const y = rows.map((row) => (row.right ? 1 : 0));
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = beta.map(() => new Array<number>(size).fill(0));
    x.forEach((features, index) => {
      const p = 1 / (1 + Math.exp(-dot(beta, features)));
      const residual = (y[index] ?? 0) - p;
      const curvature = p * (1 - p);
      for (let i = 0; i < size; i += 1) {
        gradient[i] = (gradient[i] ?? 0) + residual * (features[i] ?? 0);
        const rowOfHessian = hessian[i] as number[];
        for (let j = 0; j < size; j += 1) {
          rowOfHessian[j] = (rowOfHessian[j] ?? 0) + curvature * (features[i] ?? 0) * (features[j] ?? 0);
        }
      }
    });
    for (let i = 1; i < size; i += 1) {
      gradient[i] = (gradient[i] ?? 0) - ridge * (beta[i] ?? 0);
      const rowOfHessian = hessian[i] as number[];
      rowOfHessian[i] = (rowOfHessian[i] ?? 0) + ridge;
    }
    const step = solveLinear(hessian, gradient);
    beta = beta.map((value, index) => value + (step[index] ?? 0));
    if (step.every((value) => Math.abs(value) < 1e-9)) break;
  }
  const [intercept = 0, ...weights] = beta;
  return { intercept, weights };
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += (a[index] ?? 0) * (b[index] ?? 0);
  return sum;
}
