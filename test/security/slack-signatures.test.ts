import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formBody, signedPost, slackSignature } from "../adapters/slack/signed-slack-request.js";
import {
  adminUserId,
  buttonPayload,
  eventEnvelope,
  type SlackHarness,
  signingSecret,
  slashCommandForm,
  startSlackHarness,
  teamId,
  uniqueId,
} from "../adapters/slack/slack-harness.js";
import { everyCommunitySnapshot, waitForSnapshot } from "../support/community-snapshot.js";
import { securityModerator } from "./faq-state.js";

/**
 * MUST NEVER HAPPEN: a Slack request whose signature is wrong, missing, made with another secret,
 * computed over a different body, or too old (a captured request replayed) does any work: no
 * FAQ change, no answer recorded, no Web API call, nothing posted to a response_url. Each kind of
 * request that does work when signed (a slash command, a button, an event) is tried every way.
 * A correctly signed request replayed inside Slack's five-minute window passes the signature check
 * (Bolt keeps no nonce), so it must find its work already done: no second entry, approval or answer.
 * (A timestamp in the future is not tried: the signature covers it, so only the secret's holder can
 * make one, and Bolt accepts it.)
 */

const now = () => Math.floor(Date.now() / 1000);
type Request = { body: string; contentType: string };
type Forgery = { name: string; send: (url: string, request: Request) => Promise<Response> };

const forgeries: Forgery[] = [
  {
    name: "signed with another secret",
    send: (url, { body, contentType }) =>
      signedPost(url, body, contentType, {
        signingSecret,
        signature: slackSignature("not-the-secret", now(), body),
      }),
  },
  {
    name: "unsigned",
    send: (url, { body, contentType }) =>
      fetch(url, { method: "POST", headers: { "content-type": contentType }, body }),
  },
  {
    name: "signature over a different body (tampered in transit)",
    send: (url, { body, contentType }) =>
      signedPost(url, body, contentType, {
        signingSecret,
        signature: slackSignature(signingSecret, now(), `${body}&tampered=1`),
      }),
  },
  {
    name: "replayed six minutes later",
    send: (url, { body, contentType }) =>
      signedPost(url, body, contentType, { signingSecret, timestampSec: now() - 6 * 60 }),
  },
  {
    name: "malformed signature header",
    send: (url, { body, contentType }) =>
      signedPost(url, body, contentType, { signingSecret, signature: "v0=" }),
  },
];

describe("a Slack request with a bad or replayed signature does no work", () => {
  let harness: SlackHarness;
  let suggestionId = 0;
  const question = "How long until the Top Rated badge shows up after I qualify?";

  beforeAll(async () => {
    harness = await startSlackHarness();
    await harness.services.settings.update(
      { autoAnswerChannels: ["CHELP"] },
      { platform: "slack", spaceId: teamId, userId: "setup" },
    );
    const filed = await harness.services.faq.suggestions.suggest(
      { question: "Are bonuses subject to the service fee?", answer: "Yes, the usual fee applies." },
      securityModerator,
      new Date(),
    );
    if (!filed.ok) throw new Error("setup suggestion refused");
    suggestionId = filed.value.suggestion.id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Requests an admin could send that each change something when correctly signed. */
  const requests = (): { name: string; request: Request }[] => [
    {
      name: "/faq add",
      request: {
        body: slashCommandForm(harness, {
          command: "/faq",
          text: 'add slug:forged-by-signature question:"Forged?" answer:"Must never be stored."',
          userId: adminUserId,
          responseId: uniqueId("sig"),
        }),
        contentType: "application/x-www-form-urlencoded",
      },
    },
    {
      name: "Approve button",
      request: {
        body: formBody({
          payload: JSON.stringify(
            buttonPayload(harness, {
              actionId: `faq:approve:${suggestionId}`,
              userId: adminUserId,
              responseId: uniqueId("sig"),
            }),
          ),
        }),
        contentType: "application/x-www-form-urlencoded",
      },
    },
    {
      name: "question in an auto-answer channel",
      request: {
        body: JSON.stringify(
          eventEnvelope(
            {
              type: "message",
              channel: "CHELP",
              user: "UASKER",
              text: question,
              ts: `17000${Date.now() % 100000}.000100`,
              channel_type: "channel",
            },
            uniqueId("EvSig"),
          ),
        ),
        contentType: "application/json",
      },
    },
  ];

  it("refuses every forgery of every kind of request with 401 and changes nothing", async () => {
    // Every table of every community: entries, queue, settings, audit, thread answers, feedback.
    const before = everyCommunitySnapshot(harness.database.sqlite);
    const callsBefore = harness.fake.calls.length;
    const responsesBefore = harness.fake.responses.length;
    for (const { name, request } of requests()) {
      for (const forgery of forgeries) {
        const response = await forgery.send(harness.eventsUrl, request);
        expect(response.status, `${name}, ${forgery.name}`).toBe(401);
      }
    }
    // Give any work that was (wrongly) started time to show.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.calls.length).toBe(callsBefore);
    expect(harness.fake.responses.length).toBe(responsesBefore);
    expect(everyCommunitySnapshot(harness.database.sqlite)).toEqual(before);
  });

  it("does the work once when signed correctly, and a replay inside the window does nothing more", async () => {
    const signedAt = now();
    const genuine = requests();
    for (const { request } of genuine) {
      const response = await signedPost(harness.eventsUrl, request.body, request.contentType, {
        signingSecret,
        timestampSec: signedAt,
      });
      expect(response.status).toBe(200);
    }
    // The refusals above mean something: the same requests, signed, do change things.
    await harness.fake.waitFor("the entry, the approval and the answer", async () => {
      const added = (await harness.services.faq.entries.getBySlug("forged-by-signature")) !== null;
      const approved =
        (await harness.services.faq.suggestions.getSuggestion(suggestionId))?.status === "approved";
      const answered = harness.fake.callsTo("chat.postMessage").length > 0;
      return added && approved && answered ? true : null;
    });
    // The answer's delivery is recorded just after the post; the replay is compared from there.
    await waitForSnapshot(
      harness.database.sqlite,
      harness.services.communityId,
      (snapshot) => (snapshot.thread_answers ?? []).every((row) => row.posted_message_id !== null),
      "the answer's delivery",
    );
    const afterFirst = everyCommunitySnapshot(harness.database.sqlite);
    const postsAfterFirst = harness.fake.callsTo("chat.postMessage").length;
    const answeredAfterFirst = (await harness.services.threadReplies.stats(5)).answered;

    // The captured requests, byte for byte with their signatures, sent again a moment later.
    for (const { request } of genuine) {
      await signedPost(harness.eventsUrl, request.body, request.contentType, {
        signingSecret,
        timestampSec: signedAt,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(everyCommunitySnapshot(harness.database.sqlite)).toEqual(afterFirst);
    expect(harness.fake.callsTo("chat.postMessage")).toHaveLength(postsAfterFirst);
    expect((await harness.services.threadReplies.stats(5)).answered).toBe(answeredAfterFirst);
  });
});
