import type { CommunityId } from "../../core/community.js";
import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { completeEntry } from "../../core/faq/import/complete-entry.js";
import { planFaqImport } from "../../core/faq/import/plan-faq-import.js";
import {
  type FaqActor,
  type FaqContent,
  type FaqImportOptions,
  type FaqImportOutcome,
  type FaqRevision,
  pickFaqContent,
} from "../../core/faq/types.js";
import type {
  FaqTransferStore,
  StarterPackEntry,
  StarterPackOutcome,
} from "../../ports/faq-transfer-store.js";
import { entryFromRow, type FaqEntryRow } from "../sqlite/faq-rows.js";
import { type Answer, askerOf, type StepEngine } from "./engine-steps.js";
import type { FaqEntryWrites } from "./faq-entry-writes.js";
import {
  firstVersionContent,
  importAudit,
  importExistingOf,
  importOutcomeOf,
  importProgress,
  starterCopyVerdict,
  starterFlagNote,
  starterIndexes,
  starterPackAudit,
} from "./faq-transfer-steps.js";

/** The engine calls export, import and the starter pack make, besides the entry writes. */
export interface FaqTransferOps extends FaqEntryWrites {
  /** Every entry of `community`, any status. */
  entryRows(community: CommunityId): Answer<FaqEntryRow[]>;
  /** The published entries of `community`, by slug in byte order (as `git diff` sorts files). */
  publishedBySlug(community: CommunityId): Answer<FaqEntryRow[]>;
  /** Records the pack text's fingerprint on a copy and, when `flag` is not null, a review note. */
  markStarterCopy(entryId: number, fingerprint: string, flag: string | null): Answer<unknown>;
  /** The revision `entryId` kept of its version 1, if it has been edited since. */
  firstRevision(entryId: number): Answer<FaqRevision | null>;
  /** What the engine does once an import has committed (PostgreSQL refreshes its statistics). */
  importCommitted(outcome: FaqImportOutcome): Answer<unknown>;
}

const ask = askerOf<FaqTransferOps>();

/** Export, the all-or-nothing import and the starter pack, each one transaction, on either engine. */
export function createFaqTransferStore(engine: StepEngine<FaqTransferOps>): FaqTransferStore {
  return {
    exportEntries: (community) =>
      engine.read(function* () {
        const rows = yield* ask((ops) => ops.publishedBySlug(community));
        return rows.map((row) => pickFaqContent(entryFromRow(row)));
      }),

    async importEntries(community, entries, options, actor, now) {
      const incoming = entries.map(completeEntry);
      const start = () => importSteps(community, incoming, options, actor, now);
      // A dry run only reads, so it takes no write lock.
      if (options.dryRun) return engine.read(start);
      const outcome = await engine.write(community, start);
      await engine.read(function* () {
        yield* ask((ops) => ops.importCommitted(outcome));
      });
      return outcome;
    },

    applyStarterPack: (community, pack, actor, now) =>
      engine.write(community, () => starterPackSteps(community, pack, actor, now)),
  };
}

function* importSteps(
  community: CommunityId,
  incoming: FaqContent[],
  options: FaqImportOptions,
  actor: FaqActor,
  now: Date,
) {
  const rows = yield* ask((ops) => ops.entryRows(community));
  const existing = importExistingOf(rows.map(entryFromRow));
  const plan = planFaqImport(existing, incoming, options.replace);
  const outcome = importOutcomeOf(plan);
  if (options.dryRun) return outcome;

  const { total, step } = importProgress(plan, options.onProgress);
  const added = plan.add.map((entry) => ({ entry }));
  yield* ask((ops) =>
    ops.insertEntries(community, added, now, (inserted) => {
      for (let row = 0; row < inserted; row++) step();
    }),
  );
  for (const next of plan.change) {
    const current = existing.get(next.slug)?.entry;
    if (!current) throw new Error(`import plan names ${next.slug}, which is not in the database`);
    yield* ask((ops) => ops.replaceContent(current, next, "import", actor, now));
    if (current.status === "archived") yield* ask((ops) => ops.setStatus(current.id, "published"));
    step();
  }
  for (const slug of plan.archive) {
    const current = existing.get(slug)?.entry;
    if (current) yield* ask((ops) => ops.setStatus(current.id, "archived"));
    step();
  }
  const audit = importAudit(options.replace, outcome);
  if (total > 0) yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
  return outcome;
}

function* starterPackSteps(
  community: CommunityId,
  pack: readonly StarterPackEntry[],
  actor: FaqActor,
  now: Date,
) {
  const outcome: StarterPackOutcome = { added: [], corrected: [], flagged: [] };
  const { bySlug, byStarter } = starterIndexes(yield* ask((ops) => ops.entryRows(community)));
  for (const { content, fingerprint } of pack) {
    const copy = byStarter.get(content.slug);
    if (!copy) {
      // The community's own entry of the same slug wins; the pack never overwrites it.
      if (bySlug.has(content.slug)) continue;
      yield* ask((ops) => ops.insertEntry(community, content, now, { slug: content.slug, fingerprint }));
      outcome.added.push(content.slug);
      continue;
    }
    const seen = copy.starterHash ?? contentFingerprint(yield* firstVersionOf(copy));
    const current = entryFromRow(copy);
    const verdict = starterCopyVerdict(seen, fingerprint, current);
    if (verdict === "up-to-date") {
      if (copy.starterHash === null) yield* ask((ops) => ops.markStarterCopy(copy.id, fingerprint, null));
      continue;
    }
    if (verdict === "correct") {
      // Nobody edited the copy: it takes the pack's correction (a new version, in history).
      const corrected = { ...content, slug: current.slug };
      yield* ask((ops) => ops.replaceContent(current, corrected, "starter pack correction", actor, now));
      yield* ask((ops) => ops.markStarterCopy(copy.id, fingerprint, null));
      outcome.corrected.push(current.slug);
    } else {
      const flag = starterFlagNote(now);
      yield* ask((ops) => ops.markStarterCopy(copy.id, fingerprint, flag));
      outcome.flagged.push(current.slug);
    }
  }
  const audit = starterPackAudit(outcome);
  if (audit) yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
  return outcome;
}

/**
 * The text an entry had at version 1: for copies made before fingerprints were kept (the first
 * release), that is the starter-pack text they were made from.
 */
function* firstVersionOf(row: FaqEntryRow) {
  const current = pickFaqContent(entryFromRow(row));
  if (row.version === 1) return current;
  return firstVersionContent(current, yield* ask((ops) => ops.firstRevision(row.id)));
}
