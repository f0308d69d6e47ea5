import type { Split } from "./exclusive-contract-input.js";

/** One contract with the client; months are 1-based and inclusive. */
export interface PlannedContract {
  index: number;
  startMonth: number;
  endMonth: number;
}

const monthsPerContract: Record<Split, number | null> = { none: null, quarterly: 3, monthly: 1 };

/** Cuts the engagement into the contracts the split produces; a short last period stays short. */
export function planContracts(months: number, split: Split): PlannedContract[] {
  const length = monthsPerContract[split] ?? months;
  const contracts: PlannedContract[] = [];
  for (let start = 1; start <= months; start += length) {
    contracts.push({
      index: contracts.length,
      startMonth: start,
      endMonth: Math.min(months, start + length - 1),
    });
  }
  return contracts;
}
