/**
 * "87%". Rounded down, so that a match is never shown as certain (100%): the matcher's confidence
 * is a calibrated estimate, and gigdesk is unofficial.
 */
export function formatConfidence(confidence: number): string {
  const clamped = Math.min(Math.max(confidence, 0), 1);
  return `${Math.min(99, Math.floor(clamped * 100))}%`;
}
