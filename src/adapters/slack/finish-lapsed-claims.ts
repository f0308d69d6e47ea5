import type { webApi } from "@slack/bolt";
import type { LapsedClaim } from "../../ports/thread-reply-store.js";
import { startLapsedClaimSweep } from "../lapsed-claim-sweep.js";
import { answerThreadMessage } from "./register-thread-replies.js";
import { slackErrorCode } from "./slack-error-code.js";
import type { SlackMessageEventFields } from "./slack-message-event.js";
import type { SlackRuntime } from "./slack-runtime.js";

/** Claims looked at per sweep: a backlog is worked off over several sweeps, not in one burst. */
const SWEEP_BATCH = 50;

/** Who the bot token is: its workspace (whose claims this replica can finish) and its own user. */
interface BotIdentity {
  teamId: string;
  botUserId: string | undefined;
}

/**
 * The claim's question as Slack has it now. A top-level question is keyed by its own ts and is
 * read from the channel's history; a reply in a thread is read from the thread, whose parent
 * always comes first, so the wanted message is picked by its ts. Null when it is gone (deleted).
 */
async function readQuestion(
  client: webApi.WebClient,
  claim: LapsedClaim,
): Promise<SlackMessageEventFields | null> {
  const around = { latest: claim.questionMessageId, oldest: claim.questionMessageId, inclusive: true };
  const page =
    claim.threadId === claim.questionMessageId
      ? await client.conversations.history({ channel: claim.channelId, ...around, limit: 1 })
      : await client.conversations.replies({ channel: claim.channelId, ts: claim.threadId, ...around });
  const found = (page.messages ?? []).find((message) => message.ts === claim.questionMessageId) as
    | (SlackMessageEventFields & Record<string, unknown>)
    | undefined;
  if (!found) return null;
  // History and replies leave out the channel an event would carry; the claim knows it.
  return {
    type: "message",
    channel: claim.channelId,
    ...(found.subtype !== undefined ? { subtype: found.subtype } : {}),
    ...(found.user !== undefined ? { user: found.user } : {}),
    ...(found.bot_id !== undefined ? { bot_id: found.bot_id } : {}),
    ...(found.text !== undefined ? { text: found.text } : {}),
    ...(found.ts !== undefined ? { ts: found.ts } : {}),
    ...(found.thread_ts !== undefined ? { thread_ts: found.thread_ts } : {}),
  };
}

/**
 * Finishes the threads of a replica that died between claim and post. Slack's retries of the
 * event are dropped by the shared delivery ledger (another replica took the event first), so
 * nothing else would bring the question back: every replica lists the lapsed Slack claims of its
 * workspace, reads each question again from the Web API and sends it down the normal path, where
 * the claim's takeover lets exactly one replica answer.
 */
export async function finishLapsedSlackClaims(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  identity: BotIdentity,
): Promise<number> {
  const lapsed = await runtime.services.threadReplies.lapsedClaims("slack", runtime.now(), SWEEP_BATCH);
  let resent = 0;
  for (const claim of lapsed) {
    // Another workspace's claim: the replicas holding that workspace's token finish it.
    if (claim.spaceId !== identity.teamId) continue;
    try {
      const question = await readQuestion(client, claim);
      if (!question) {
        runtime.logger.info(
          { channelId: claim.channelId, messageId: claim.questionMessageId },
          "an abandoned thread claim's question is gone; nothing to answer",
        );
        continue;
      }
      await answerThreadMessage(runtime, question, claim.spaceId, identity.botUserId, client);
      resent += 1;
    } catch (error) {
      // The Web API client's errors carry the code, never the token; the message is enough.
      runtime.logger.warn(
        {
          slackError: slackErrorCode(error),
          err: error instanceof Error ? error.message : String(error),
          channelId: claim.channelId,
          messageId: claim.questionMessageId,
        },
        "could not finish an abandoned thread claim",
      );
    }
  }
  return resent;
}

/** The Slack side of the shared sweep (see startLapsedClaimSweep), tracked in the runtime's work. */
export function startSlackLapsedClaimSweep(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  everyMs: number,
): { stop(): void } {
  let identity: BotIdentity | undefined;
  return startLapsedClaimSweep({
    finish: async () => {
      if (!identity) {
        // Asked once, at the first sweep: init()'s auth.test already proved the token works.
        const auth = await client.auth.test();
        if (!auth.team_id) throw new Error("auth.test returned no team_id");
        identity = { teamId: auth.team_id, botUserId: auth.user_id };
      }
      return finishLapsedSlackClaims(runtime, client, identity);
    },
    track: (work, onError) => void runtime.track("lapsed-claim sweep", () => work().catch(onError)),
    everyMs,
    onResent: (resent) =>
      runtime.logger.info({ resent }, "abandoned thread claims sent down the answer path again"),
    onFailure: (error) =>
      runtime.logger.warn(
        { slackError: slackErrorCode(error), err: error instanceof Error ? error.message : String(error) },
        "sweep for abandoned thread claims failed",
      ),
  });
}
