/** A prediction and whether it came true: the top candidate's probability, and whether it was right. */
export interface Prediction {
  probability: number;
  right: boolean;
}

export interface ReliabilityBin {
  /** Lower and upper bound of the probabilities in the bin (upper inclusive only for the last). */
  from: number;
  to: number;
  count: number;
  meanProbability: number;
  /** Share of the bin's predictions that were right. */
  accuracy: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /**
   * Expected calibration error: the gap between stated probability and observed accuracy, averaged
   * over the bins weighted by how many predictions fall in each. 0 is perfect.
   */
  expectedCalibrationError: number;
}

export function reliability(predictions: readonly Prediction[], binCount = 10): Reliability {
  const bins: ReliabilityBin[] = [];
  let weightedGap = 0;
  for (let bin = 0; bin < binCount; bin += 1) {
    const from = bin / binCount;
    const to = (bin + 1) / binCount;
    const inBin = predictions.filter(
      ({ probability }) =>
        probability >= from && (probability < to || (bin === binCount - 1 && probability <= to)),
    );
    const count = inBin.length;
    const meanProbability = count === 0 ? 0 : inBin.reduce((sum, p) => sum + p.probability, 0) / count;
    const accuracy = count === 0 ? 0 : inBin.filter((p) => p.right).length / count;
    bins.push({ from, to, count, meanProbability, accuracy });
    weightedGap += count * Math.abs(meanProbability - accuracy);
  }
  return {
    bins,
    expectedCalibrationError: predictions.length === 0 ? 0 : weightedGap / predictions.length,
  };
}
