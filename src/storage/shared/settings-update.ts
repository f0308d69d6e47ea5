import type { Column } from "drizzle-orm";
import type { CommunityId } from "../../core/community.js";
import { type CommunitySettings, readStoredSettings } from "../../core/community-settings.js";
import type { SettingsStore } from "../../ports/settings-store.js";
import type { AuditEvent } from "./audit-row.js";
import { type Answer, askerOf, type StepEngine } from "./engine-steps.js";

/** What a settings update writes: the settings after it, the row to upsert, and its audit event. */
export interface SettingsUpdate {
  after: CommunitySettings;
  row: { communityId: CommunityId; settings: Record<string, unknown>; updatedAt: string };
  audit: AuditEvent;
}

/**
 * Applies `patch` (undefined keys left alone) to the stored settings. The audit detail holds only
 * the changed keys, before and after, so the log says what a moderator actually touched.
 */
export function settingsUpdateOf(
  community: CommunityId,
  stored: unknown,
  patch: Partial<CommunitySettings>,
  now: Date,
): SettingsUpdate {
  const before = readStoredSettings(stored);
  const changes = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<CommunitySettings>;
  const after = readStoredSettings({ ...before, ...changes });
  const settings = after as unknown as Record<string, unknown>;
  return {
    after,
    row: { communityId: community, settings, updatedAt: now.toISOString() },
    audit: {
      action: "settings.update",
      target: "settings",
      detail: { before: pick(before, changes), after: pick(after, changes) },
    },
  };
}

function pick(settings: CommunitySettings, keysOf: Partial<CommunitySettings>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(keysOf).map((key) => [key, settings[key as keyof CommunitySettings]]),
  );
}

/** A community has one settings row: saving again replaces its settings and their time. */
export function settingsUpsert<C extends Column>(communityId: C, row: SettingsUpdate["row"]) {
  return { target: [communityId], set: { settings: row.settings, updatedAt: row.updatedAt } };
}

/** The engine calls the settings store makes: read the stored JSON, upsert the row, audit. */
export interface SettingsOps {
  storedSettings(community: CommunityId): Answer<unknown>;
  saveSettings(row: SettingsUpdate["row"]): Answer<unknown>;
}

const ask = askerOf<SettingsOps>();

/** The settings store, on whichever engine runs its steps. */
export function createSettingsStore(
  engine: StepEngine<SettingsOps>,
  clock: () => Date = () => new Date(),
): SettingsStore {
  return {
    get: (community) =>
      engine.read(function* () {
        return readStoredSettings(yield* ask((ops) => ops.storedSettings(community)));
      }),

    update(community, patch, actor) {
      const now = clock();
      return engine.write(community, function* () {
        const stored = yield* ask((ops) => ops.storedSettings(community));
        const { after, row, audit } = settingsUpdateOf(community, stored, patch, now);
        yield* ask((ops) => ops.saveSettings(row));
        yield* ask((ops) => ops.auditEvent(community, actor, audit, now));
        return after;
      });
    },
  };
}
