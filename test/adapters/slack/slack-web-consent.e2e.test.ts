import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_CONSENT_QUESTION } from "../../../src/core/faq/web-consent-question.js";
import { createWebApp } from "../../../src/web/create-web-app.js";
import {
  buttonPayload,
  postInteraction,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "./slack-harness.js";
import { type Block, slackInteractions } from "./slack-interactions.js";

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
  await harness.services.settings.update(
    { publicWeb: true },
    { platform: "slack", spaceId: teamId, userId: "UADMIN" },
  );
});
afterAll(async () => {
  await harness?.close();
});

const { responseTo } = slackInteractions(() => harness);

describe("web consent on Slack", () => {
  it("asks the answer's author in the thread and takes only their button", async () => {
    const channel = "CHELP";
    const parentTs = "1700000900.000100";
    const answerTs = "1700000900.000300";
    harness.fake.threads.set(`${channel}/${parentTs}`, [
      { ts: parentTs, text: "Does a private profile stop my JSS from updating?", user: "UASKER" },
    ]);
    const responseId = uniqueId("short");
    await postInteraction(harness, {
      type: "message_action",
      callback_id: "save_as_faq",
      trigger_id: `trigger-${responseId}`,
      team: { id: teamId, domain: "fake" },
      user: { id: "UHELPER", name: "helper", team_id: teamId },
      channel: { id: channel, name: "help" },
      message: {
        type: "message",
        user: "UEXPERT",
        ts: answerTs,
        thread_ts: parentTs,
        text: "No, the score keeps updating while the profile is private; only who can see it changes.",
      },
      message_ts: answerTs,
      response_url: harness.fake.responseUrl(responseId),
      token: "unused",
      action_ts: "1700000900.5",
    });
    await responseTo(responseId);
    await harness.fake.waitFor("the consent question", () =>
      harness.fake.callsTo("chat.postMessage").some((call) => call.params.thread_ts === parentTs),
    );
    const asked = harness.fake.callsTo("chat.postMessage").find((call) => call.params.thread_ts === parentTs);
    expect(asked?.params.channel).toBe(channel);
    expect(String(asked?.params.text)).toContain(WEB_CONSENT_QUESTION);
    const [suggestion] = (await harness.services.faq.suggestions.listQueue(50)).filter(
      (candidate) => candidate.threadId === parentTs,
    );
    const id = suggestion?.id as number;
    expect(suggestion?.answerAuthorId).toBe("UEXPERT");
    const rawBlocks = asked?.params.blocks;
    const blocks = (typeof rawBlocks === "string" ? JSON.parse(rawBlocks) : rawBlocks) as Block[];
    const mention = JSON.stringify(blocks).match(/<@U[A-Z0-9]+>/g);
    expect(mention).toEqual(["<@UEXPERT>"]);
    expect(blocks.flatMap((block) => (block.elements ?? []).map((element) => element.action_id))).toEqual([
      `privacy:web-agree:${id}`,
      `privacy:web-named:${id}`,
      `privacy:web-decline:${id}`,
    ]);

    const approved = await harness.services.faq.suggestions.approve(
      id,
      {},
      { platform: "slack", spaceId: teamId, userId: "UADMIN" },
      new Date(),
    );
    if (!approved.ok) throw new Error("approved");
    const web = createWebApp(harness.bot, { now: () => new Date() });
    const pagePath = `/c/${harness.services.communityId}/faq/${approved.value.entry.slug}`;

    const click = async (userId: string, actionId: string) => {
      const clickId = uniqueId("click");
      await postInteraction(
        harness,
        buttonPayload(harness, {
          actionId,
          userId,
          responseId: clickId,
          channelId: channel,
          messageTs: answerTs,
        }),
      );
      return responseTo(clickId);
    };
    expect(String((await click("UHELPER", `privacy:web-agree:${id}`)).text)).toMatch(
      /Only the member who wrote/,
    );
    expect((await web.request(pagePath)).status).toBe(404);
    const agreed = await click("UEXPERT", `privacy:web-agree:${id}`);
    expect(agreed.response_type).toBe("ephemeral");
    const shown = await web.request(pagePath);
    expect(shown.status).toBe(200);
    expect(await shown.text()).not.toContain("Answer by");
    await click("UEXPERT", `privacy:web-withdraw:${id}`);
    expect((await web.request(pagePath)).status).toBe(404);
  });
});
