import { solveLinear } from "./solve-linear.js";
import type { TrainingMessage } from "./training-message.js";

/**
 * Ranking weights that make the labelled entry win among each message's candidates: the softmax
 * (listwise) log-likelihood of the right candidate, with an L2 penalty so that a feature seen in a
 * handful of messages cannot take over. The objective is concave, so Newton's method reaches the
 * one optimum in a few steps, from any start: the same messages always give the same weights.
 */
export interface RankerFitOptions {
  featureCount: number;
  l2?: number;
}

export function fitRanker(messages: readonly TrainingMessage[], options: RankerFitOptions): number[] {
  const size = options.featureCount;
  const l2 = options.l2 ?? 0.5;
  // Only messages whose right entry is among the candidates say anything about the ranking.
  const usable = messages.filter((message) =>
    message.candidates.some((candidate) => candidate.slug === message.expected),
  );
  let weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 30; iteration += 1) {
    const gradient = weights.map((weight) => -l2 * weight);
    const hessian = weights.map((_weight, row) => weights.map((_w, column) => (row === column ? l2 : 0)));
    for (const message of usable) {
      const features = message.candidates.map((candidate) => candidate.features);
      const scores = features.map((vector) => dot(weights, vector));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const sum = exps.reduce((total, value) => total + value, 0);
      const shares = exps.map((value) => value / sum);
      const mean = new Array<number>(size).fill(0);
      features.forEach((vector, index) => {
        for (let k = 0; k < size; k += 1) mean[k] = (mean[k] ?? 0) + (shares[index] ?? 0) * (vector[k] ?? 0);
      });
      const right = message.candidates.findIndex((candidate) => candidate.slug === message.expected);
      for (let k = 0; k < size; k += 1) {
        gradient[k] = (gradient[k] ?? 0) + (features[right]?.[k] ?? 0) - (mean[k] ?? 0);
      }
      // The Hessian of the negative log-likelihood is the covariance of the features under the softmax.
      features.forEach((vector, index) => {
        const share = shares[index] ?? 0;
        for (let i = 0; i < size; i += 1) {
          const di = (vector[i] ?? 0) - (mean[i] ?? 0);
          if (di === 0) continue;
          const row = hessian[i] as number[];
          for (let j = 0; j < size; j += 1)
            row[j] = (row[j] ?? 0) + share * di * ((vector[j] ?? 0) - (mean[j] ?? 0));
        }
      });
    }
    const step = solveLinear(hessian, gradient);
    weights = weights.map((weight, index) => weight + (step[index] ?? 0));
    if (step.every((value) => Math.abs(value) < 1e-8)) break;
  }
  return weights;
}

function dot(weights: readonly number[], features: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1)
    sum += (weights[index] ?? 0) * (features[index] ?? 0);
  return sum;
}
