import type { CommunityId, Space } from "../core/community.js";
import type { FaqActor } from "../core/faq/types.js";
import type { StarterPackEntry } from "../ports/faq-transfer-store.js";
import type { Logger } from "../ports/logger.js";
import type { CommunityDirectory } from "../ports/services.js";
import type { Stores } from "../ports/stores.js";

/** Who the revisions and audit rows name when gigdesk itself copies the starter pack in. */
export const starterPackActor: FaqActor = { platform: "console", spaceId: "gigdesk", userId: "starter-pack" };

/**
 * Spaces to communities, and the starter pack each community starts with. A space seen for the
 * first time gets its own community, filled with the starter pack before its first answer; at every
 * start, each community gets the pack's new entries and corrections (copies with provenance, see
 * the README), so a correction reaches everyone who did not edit that entry.
 */
export function createCommunityDirectory(
  stores: Pick<Stores, "communities" | "faq">,
  starterPack: readonly StarterPackEntry[],
  logger: Logger,
): CommunityDirectory {
  const fill = async (communityId: CommunityId, now: Date) => {
    const outcome = await stores.faq.transfer.applyStarterPack(
      communityId,
      starterPack,
      starterPackActor,
      now,
    );
    if (outcome.added.length > 0) {
      logger.info(
        { community: communityId, added: outcome.added.length },
        "a new community got the starter pack",
      );
    }
    return outcome;
  };

  // Communities this process has seen with their starter pack in. A pack, once in, stays in, so
  // the check below runs once per community and process, not once per message.
  const knownFilled = new Set<CommunityId>();

  return {
    // Not cached: one indexed read per message, and a link or unlink takes effect at once on
    // every process that shares the database.
    async communityOf(space: Space, now: Date) {
      const { communityId, created } = await stores.communities.communityOfSpace(space, now);
      if (created) await fill(communityId, now);
      else if (!knownFilled.has(communityId) && (await stores.faq.entries.countAll(communityId)) === 0) {
        // Another instance created this community a moment ago and may still be copying the pack
        // in: applying it here waits for that write (the pack's copy is idempotent and runs under
        // the community's write lock), so this instance never answers from an empty FAQ.
        await fill(communityId, now);
      }
      knownFilled.add(communityId);
      return communityId;
    },

    describe: (id) => stores.communities.get(id),
    listIds: () => stores.communities.listIds(),

    async ensure(id, now) {
      const { created } = await stores.communities.ensureCommunity(id, now);
      if (created) await fill(id, now);
    },

    async refreshStarterPacks(now) {
      const totals = { communities: 0, added: 0, corrected: 0, flagged: 0 };
      for (const id of await stores.communities.listIds()) {
        const outcome = await fill(id, now);
        totals.communities += 1;
        totals.added += outcome.added.length;
        totals.corrected += outcome.corrected.length;
        totals.flagged += outcome.flagged.length;
      }
      return totals;
    },
  };
}
