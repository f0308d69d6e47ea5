const bars = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/**
 * One character per value, scaled from 0 to the largest value, so a glance shows the rise during
 * the contract and the roll-off after it. Renders the same in Discord, Slack and a terminal.
 */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values
    .map((value) => {
      if (top <= 0) return bars[0];
      const index = Math.min(
        bars.length - 1,
        Math.floor((Math.max(0, value) / top) * (bars.length - 1) + 0.5),
      );
      return bars[index];
    })
    .join("");
}

/** A marker line under a sparkline: `mark` where the test holds, `·` elsewhere. */
export function markerLine(values: readonly boolean[], mark: string): string {
  return values.map((holds) => (holds ? mark : "·")).join("");
}
