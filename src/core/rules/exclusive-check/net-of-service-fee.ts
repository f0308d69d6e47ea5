import type { ServiceFeeTier } from "./projection-rules.js";

/**
 * What the freelancer keeps of `grossUsd` billed to one client who was already billed
 * `billedBeforeUsd`. Tiers (the 2016 sliding fee) apply to lifetime billings with that client,
 * so splitting one engagement into several contracts with the same client does not reset them.
 */
export function netOfServiceFee(
  grossUsd: number,
  billedBeforeUsd: number,
  feePercent: number,
  tiers: ServiceFeeTier[] | null,
): number {
  if (!tiers || tiers.length === 0) return grossUsd * (1 - feePercent / 100);
  let fee = 0;
  let position = billedBeforeUsd;
  let remaining = grossUsd;
  for (const tier of tiers) {
    if (remaining <= 0) break;
    const ceiling = tier.upToUsd ?? Number.POSITIVE_INFINITY;
    if (position >= ceiling) continue;
    const inTier = Math.min(remaining, ceiling - position);
    fee += (inTier * tier.percent) / 100;
    position += inTier;
    remaining -= inTier;
  }
  // Billings above the last bounded tier keep that tier's percent.
  const lastTier = tiers.at(-1);
  if (remaining > 0 && lastTier) fee += (remaining * lastTier.percent) / 100;
  return grossUsd - fee;
}
