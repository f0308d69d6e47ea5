import { MAX_LIMIT_WINDOW_MINUTES } from "../core/community-settings.js";
import type { Logger } from "../ports/logger.js";
import type { MemberDataCounts } from "../ports/member-data-store.js";
import type { Stores } from "../ports/stores.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the bot process purges: hourly keeps anything from outliving its retention by much. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface PurgeSummary {
  communities: number;
  removed: MemberDataCounts;
}

/**
 * One purge: every community's member data older than its own retention setting, and flood-limit
 * uses older than the longest window (nothing reads them after that). Idempotent, so several
 * processes on one database may all run it.
 */
export async function purgeExpiredMemberData(
  stores: Pick<Stores, "communities" | "settings" | "memberData" | "memberLimits">,
  now: Date,
): Promise<PurgeSummary> {
  const removed: MemberDataCounts = {
    unansweredQuestions: 0,
    threadAnswers: 0,
    feedback: 0,
    offerClicks: 0,
    suggestions: 0,
    supporters: 0,
    activity: 0,
    webConsents: 0,
  };
  const ids = await stores.communities.listIds();
  for (const community of ids) {
    const { retentionDays } = await stores.settings.get(community);
    const counts = await stores.memberData.purgeBefore(
      community,
      new Date(now.getTime() - retentionDays * DAY_MS),
    );
    for (const key of Object.keys(removed) as (keyof MemberDataCounts)[]) removed[key] += counts[key];
  }
  removed.activity += await stores.memberLimits.purgeActivityBefore(
    new Date(now.getTime() - MAX_LIMIT_WINDOW_MINUTES * 60 * 1000),
  );
  return { communities: ids.length, removed };
}

/**
 * Runs the purge at start and then every `intervalMs` in the bot process. A failed run (the
 * database busy, say) is logged and tried again at the next tick; the timer never keeps the
 * process alive on its own.
 */
export function startRetentionPurge(
  purge: () => Promise<PurgeSummary>,
  logger: Logger,
  intervalMs = PURGE_INTERVAL_MS,
): { name: string; stop(): Promise<void>; firstRun: Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const runOnce = () => {
    running = running.then(async () => {
      try {
        const summary = await purge();
        const total = Object.values(summary.removed).reduce((sum, n) => sum + n, 0);
        if (total > 0) logger.info(summary, "retention purge removed member data");
      } catch (error) {
        logger.warn({ err: error }, "retention purge failed; it runs again at the next interval");
      }
    });
    return running;
  };
  const firstRun = runOnce();
  const timer = setInterval(runOnce, intervalMs);
  timer.unref();
  return {
    name: "retention purge",
    firstRun,
    async stop() {
      clearInterval(timer);
      // A purge under way finishes before the database closes.
      await running;
    },
  };
}
