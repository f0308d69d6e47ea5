import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { pickFaqContent } from "../../core/faq/types.js";
import type { MoveOutcome } from "../../ports/community-store.js";
import { entryFromRow, type FaqEntryRow } from "../sqlite/faq-rows.js";

/** What moving one community's entries into another must do about slugs both have. */
export interface CommunityMovePlan {
  /** Ids of `to`'s entries that make way: unedited starter-pack copies. */
  replaceable: number[];
  /** Their slugs, sorted, for the outcome. */
  replacedStarterCopies: string[];
  /** Slugs that clash with an entry of `to` someone wrote or edited, sorted; any refuses the move. */
  conflicts: string[];
}

/** A starter-pack copy nobody edited: still version 1, and (where it was kept) its pack fingerprint. */
function isUntouchedStarterCopy(row: FaqEntryRow): boolean {
  return (
    row.starterSlug !== null &&
    row.version === 1 &&
    (row.starterHash === null || contentFingerprint(pickFaqContent(entryFromRow(row))) === row.starterHash)
  );
}

/**
 * Decides, before anything is written, how `moving` (the entries of the community that goes) meet
 * `target` (the entries of the one it joins, by slug). A new community gets the starter pack at its
 * first start, so its unedited copies give way rather than block every join.
 */
export function planCommunityMove(
  moving: readonly FaqEntryRow[],
  target: ReadonlyMap<string, FaqEntryRow>,
): CommunityMovePlan {
  const plan: CommunityMovePlan = { replaceable: [], replacedStarterCopies: [], conflicts: [] };
  for (const row of moving) {
    const clash = target.get(row.slug);
    if (!clash) continue;
    if (isUntouchedStarterCopy(clash)) {
      plan.replaceable.push(clash.id);
      plan.replacedStarterCopies.push(clash.slug);
    } else plan.conflicts.push(row.slug);
  }
  plan.replacedStarterCopies.sort();
  plan.conflicts.sort();
  return plan;
}

/** A community move's answer: how many rows moved, or the slugs that refused it. */
export type CommunityMoveResult =
  | { ok: true; value: MoveOutcome }
  | { ok: false; code: "conflict"; conflicts: string[] };

/** The counts a completed move reports, with the starter copies that made way. */
export function movedOutcome(
  moved: { entries: number; suggestions: number; threadAnswers: number },
  plan: CommunityMovePlan,
): CommunityMoveResult {
  return { ok: true, value: { ...moved, replacedStarterCopies: plan.replacedStarterCopies } };
}
