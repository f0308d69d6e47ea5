import type { App, BlockAction, webApi } from "@slack/bolt";
import { parseOfferActionId } from "../../core/faq/render-middle-band.js";
import {
  type FeedbackVerdict,
  type ThreadReplyData,
  withoutAskerMention,
} from "../../core/faq/thread-reply-types.js";
import { message, type Reply } from "../../core/reply.js";
import { deliverThreadOutcome, type ThreadPost } from "../deliver-thread-outcome.js";
import { dismissThreadAnswer } from "./dismiss-thread-answer.js";
import { EVENT_ACK_HOLD_MS } from "./hold-event-acks.js";
import { renderSlackMessage, type SlackMessage } from "./render-reply-blocks.js";
import { replyResponse } from "./reply-response.js";
import { type SlackMessageEventFields, toIncomingThreadMessage } from "./slack-message-event.js";
import type { SlackRuntime } from "./slack-runtime.js";

/**
 * Button ids the thread-reply path puts on its answers: `thread:<verb>:<replyId>`, and on a
 * middle-band offer `thread:offer:<replyId>:<position>`.
 */
const threadButton = /^thread:(helpful|not-helpful|dismiss|offer):(.+)$/;

function privateNote(body: string, data: Record<string, unknown>): Reply {
  return message({ body, visibility: "private", data });
}

/**
 * A thread answer as a Slack message: the body's leading asker token (see
 * ASKER_MENTION_PLACEHOLDER) becomes the one live mention, `<@U…>`, and everything else is escaped
 * by the renderer, "{asker}" or "<!channel>" typed into the FAQ included.
 */
export function renderThreadAnswer(reply: Reply, askerId: string | null): SlackMessage {
  const { mentionsAsker, body } = withoutAskerMention(reply.body);
  const mention = mentionsAsker && askerId && /^[A-Z0-9]+$/.test(askerId) ? `<@${askerId}>` : undefined;
  return renderSlackMessage({ ...reply, body }, mention ? { leadingMention: mention } : {});
}

async function deliver(client: webApi.WebClient, runtime: SlackRuntime, outcome: ThreadPost): Promise<void> {
  const target = outcome.target;
  const channel = target.channelId;
  if (channel === null) {
    runtime.logger.info(
      {
        replyId: outcome.replyId,
        ...(outcome.kind === "thread_reply" ? { faq: outcome.faq.slug } : { offered: outcome.offered }),
      },
      "shadow answer with no moderators' channel set",
    );
    return;
  }
  // Slack has no nonce: a holder slow enough for its claim to be taken over must not post too.
  if (!(await runtime.services.threadReplies.renewBeforePost(outcome, runtime.now()))) {
    runtime.logger.info({ replyId: outcome.replyId }, "thread claim lapsed or taken over before its post");
    return;
  }
  const posted = await client.chat.postMessage({
    channel,
    // Top-level questions are answered in a thread under them, never in the channel itself.
    ...(target.kind === "thread" ? { thread_ts: target.threadId } : {}),
    ...renderThreadAnswer(outcome.reply, (outcome.reply.data as Partial<ThreadReplyData>).askerId ?? null),
    unfurl_links: false,
    unfurl_media: false,
  });
  if (!posted.ts || (await runtime.services.threadReplies.recordDelivery(outcome.replyId, posted.ts))) return;
  // Another post of this claim was recorded first (its holder's retries outlived the renewed
  // lease): this one is the double, and goes.
  runtime.logger.warn({ replyId: outcome.replyId }, "a second post of one thread claim; removing it");
  await client.chat.delete({ channel: posted.channel ?? channel, ts: posted.ts });
}

/**
 * One member's message through the shared thread-reply path, tracked as in-flight work: from an
 * event, or from the lapsed-claim sweep re-reading a question a dead replica had claimed (whose
 * claim takeover lets exactly one replica answer). `whenSafe` runs once nothing is lost if this
 * process dies: the thread is claimed (the sweep finishes a claim), or there was nothing to claim.
 */
export async function answerThreadMessage(
  runtime: SlackRuntime,
  event: SlackMessageEventFields,
  teamId: string | undefined,
  botUserId: string | undefined,
  client: webApi.WebClient,
  whenSafe: () => Promise<void> = async () => {},
): Promise<void> {
  const incoming = teamId ? toIncomingThreadMessage(event, { teamId, botUserId }) : null;
  if (!teamId || !incoming) return whenSafe();
  await runtime.track(`thread ${incoming.channelId}/${incoming.threadId}`, async () => {
    // Only a message that may be answered needs the asker's name (shadow posts show it).
    if (incoming.isThreadStart || incoming.mentionsBot) {
      incoming.authorName = await runtime.actors.displayName(client, teamId, incoming.authorId);
    }
    const outcome = await runtime.services.threadReplies.handle(incoming, runtime.now());
    await whenSafe();
    await deliverThreadOutcome(
      outcome,
      runtime.logger,
      { event: event.type },
      {
        // Ephemeral: only the member sees it, in the thread they wrote in.
        slowDown: async (notice) => {
          await client.chat.postEphemeral({
            channel: notice.where.channelId,
            user: notice.memberId,
            thread_ts: notice.where.threadId,
            ...renderSlackMessage(notice.reply),
          });
        },
        post: (post) => deliver(client, runtime, post),
      },
    );
  });
}

/**
 * Channel messages and @-mentions go through the shared thread-reply path. A mention arrives both
 * as `message` and `app_mention`, and Slack re-sends events it thinks were slow; the service's
 * unique key per thread makes every one of those after the first a silent `already-answered`.
 * `releaseAck` sends the event's held HTTP 200 (holdEventAcks) once its thread claim is made.
 */
export function registerThreadReplies(
  app: App,
  runtime: SlackRuntime,
  releaseAck: (body: unknown) => void = () => {},
): void {
  // A mention arrives twice (as a message and as an app_mention); the claim answers it once.
  for (const eventType of ["message", "app_mention"] as const) {
    app.event(eventType, async ({ event, body, context, client }) => {
      // A retry (X-Slack-Retry-Num) keeps the event id and may reach another replica: the shared
      // store, not this process's memory, says whether any replica already took the event. Until
      // the claim, the sighting is held only as long as the ack: a replica killed before its claim
      // never acked, and Slack's retry, coming after 3 s, finds the sighting gone and is answered.
      const rawId = (body as { event_id?: unknown }).event_id;
      const eventId = typeof rawId === "string" ? rawId : null;
      if (eventId !== null) {
        const now = runtime.now();
        const first = await runtime.services.deliveries.firstSighting(
          "slack",
          eventId,
          now,
          EVENT_ACK_HOLD_MS,
        );
        if (!first) {
          runtime.logger.debug({ eventId, retryNum: context.retryNum }, "event already taken by an instance");
          return;
        }
      }
      const whenSafe = async () => {
        releaseAck(body);
        if (eventId === null) return;
        // Only a retry's extra work hangs on this write (the claim dedupes it): never the answer.
        await runtime.services.deliveries
          .keepSighting("slack", eventId, runtime.now())
          .catch((error: unknown) =>
            runtime.logger.warn(
              { eventId, err: error instanceof Error ? error.message : String(error) },
              "could not keep the event's sighting; a retry of it will be re-examined",
            ),
          );
      };
      await answerThreadMessage(
        runtime,
        event as SlackMessageEventFields,
        body.team_id ?? context.teamId,
        context.botUserId,
        client,
        whenSafe,
      );
    });
  }

  app.action<BlockAction>(threadButton, async ({ ack, action, body, client, respond }) => {
    await ack();
    const match = "action_id" in action ? threadButton.exec(action.action_id) : null;
    if (!match) return;
    const [, verb, replyId] = match as unknown as [string, string, string];
    const teamId = body.team?.id ?? "";
    await runtime.track(
      `button ${verb}`,
      async () => {
        const now = runtime.now();
        if (verb === "offer") {
          // The entry comes from the offer's record in the clicker's community, never from the id.
          const offer = parseOfferActionId(match[0]);
          const actor = await runtime.actors.resolve(client, { teamId, userId: body.user.id });
          const reply = offer
            ? await runtime.services.threadReplies.openOffer(offer.replyId, offer.position, actor, now)
            : privateNote("This button no longer does anything.", { replyId });
          // Ephemeral: only the clicker sees the answer.
          await respond(replyResponse({ ...reply, visibility: "private" }));
          return;
        }
        if (verb === "dismiss") {
          const container = body.container as { message_ts?: string; channel_id?: string } | undefined;
          const reply = await dismissThreadAnswer(client, runtime, {
            teamId,
            userId: body.user.id,
            replyId,
            messageTs: container?.message_ts ?? body.message?.ts,
            channelId: container?.channel_id ?? body.channel?.id,
          });
          await respond(replyResponse(reply));
          return;
        }
        const verdict: FeedbackVerdict = verb === "helpful" ? "helpful" : "not-helpful";
        const actor = await runtime.actors.resolve(client, { teamId, userId: body.user.id });
        const recorded = await runtime.services.threadReplies.recordFeedback(replyId, actor, verdict, now);
        const note = {
          recorded: "Thanks, your feedback is noted.",
          "already-recorded": "You already gave feedback on this answer; it is counted once.",
          "not-found": "That answer no longer exists.",
        }[recorded];
        await respond(replyResponse(privateNote(note, { replyId, verdict, outcome: recorded })));
      },
      (reply) => respond(replyResponse(reply)),
    );
  });
}
