import type { Message } from "discord.js";
import { startLapsedClaimSweep } from "../lapsed-claim-sweep.js";
import { logFailure } from "./describe-error.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { handleThreadMessage } from "./handle-thread-message.js";

/** Claims looked at per sweep: a backlog is worked off over several sweeps, not in one burst. */
const SWEEP_BATCH = 50;

/**
 * Finishes the threads of an instance that died between claim and post. Discord does not send a
 * message to a second session once the first has it, so nothing else would bring the question
 * back: every instance looks for lapsed claims in the guilds it serves (its shards), fetches each
 * question again and sends it down the normal path, where the claim's takeover lets exactly one
 * instance answer (and the nonce keeps the post single if the dead one had posted after all).
 */
export async function finishLapsedClaims(
  deps: DiscordHandlerDeps,
  handle: (message: Message) => Promise<void>,
): Promise<number> {
  const lapsed = await deps.services.threadReplies.lapsedClaims("discord", deps.now(), SWEEP_BATCH);
  let resent = 0;
  for (const claim of lapsed) {
    // Another shard's guild: the instance that serves it finishes the claim.
    if (!deps.client.guilds.cache.has(claim.spaceId)) continue;
    // A question outside a thread is keyed by its own id and lives in the channel.
    const channel =
      deps.client.channels.cache.get(claim.threadId) ?? deps.client.channels.cache.get(claim.channelId);
    if (!channel?.isTextBased()) continue;
    try {
      const message = await channel.messages.fetch(claim.questionMessageId);
      await handle(message);
      resent += 1;
    } catch (error) {
      logFailure(
        deps.logger,
        error,
        { threadId: claim.threadId, messageId: claim.questionMessageId },
        "could not finish an abandoned thread claim",
        "warn",
      );
    }
  }
  return resent;
}

/** The Discord side of the shared sweep (see startLapsedClaimSweep): fetch from the guild's channel. */
export function startDiscordLapsedClaimSweep(
  deps: DiscordHandlerDeps,
  track: (work: () => Promise<void>, onError: (error: unknown) => void) => void,
  everyMs: number,
): { stop(): void } {
  return startLapsedClaimSweep({
    finish: () => finishLapsedClaims(deps, (message) => handleThreadMessage(message, deps)),
    track,
    everyMs,
    onResent: (resent) =>
      deps.logger.info({ resent }, "abandoned thread claims sent down the answer path again"),
    onFailure: (error) =>
      logFailure(deps.logger, error, {}, "sweep for abandoned thread claims failed", "warn"),
  });
}
