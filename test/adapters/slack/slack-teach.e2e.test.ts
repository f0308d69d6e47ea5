import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teachScenario, unansweredIdOf } from "../../support/teach-scenario.js";
import {
  adminUserId,
  postEvent,
  postSlashCommand,
  type SlackHarness,
  startSlackHarness,
  uniqueId,
} from "./slack-harness.js";

/**
 * Issue 17's must-show on Slack, through the real Bolt app receiving signed requests: a question
 * the bot is unsure of is listed by `/faq unanswered`, an admin teaches it with `/faq teach`, and
 * the same question asked again is answered from that entry.
 */
describe("unanswered -> teach -> answered, over Slack", () => {
  let harness: SlackHarness;
  const channel = "CTEACH";

  beforeAll(async () => {
    harness = await startSlackHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Mentions the bot with `text` in a new top-level message; resolves with what it posted under it. */
  async function ask(text: string, ts: string): Promise<string> {
    const event = { type: "app_mention", channel, user: "UASKER", text: `<@UBOT> ${text}`, ts };
    expect((await postEvent(harness, event, uniqueId("Ev"))).status).toBe(200);
    const [post] = await harness.fake.waitFor(`the bot's post under ${ts}`, () => {
      const calls = harness.fake
        .callsTo("chat.postMessage")
        .filter((call) => call.params.channel === channel && call.params.thread_ts === ts);
      return calls.length > 0 ? calls : null;
    });
    return JSON.stringify(post?.params ?? {});
  }

  /** Runs `/faq <text>` as the workspace admin and resolves with the private response. */
  async function faq(text: string): Promise<string> {
    const responseId = uniqueId("teach");
    const response = await postSlashCommand(harness, {
      command: "/faq",
      text,
      userId: adminUserId,
      responseId,
    });
    expect(response.status).toBe(200);
    const [answer] = await harness.fake.waitFor(`respond() for /faq ${text}`, () => {
      const posted = harness.fake.responsesTo(responseId);
      return posted.length > 0 ? posted : null;
    });
    expect(answer?.body.response_type).toBe("ephemeral");
    return JSON.stringify(answer?.body ?? {});
  }

  it("answers the taught question", async () => {
    const offer = await ask(teachScenario.unsure, "1700000300.000100");
    // Unsure: "Might help" entries (the right one among them), not an answer.
    expect(offer).toMatch(/Might help/);
    expect(offer).toContain(teachScenario.slug);

    const listing = JSON.parse(await faq("unanswered")) as { blocks?: { text?: { text: string } }[] };
    const listed = (listing.blocks ?? []).map((block) => block.text?.text ?? "").join("\n");
    const id = unansweredIdOf(listed, teachScenario.unsure);

    expect(await faq(`teach id:${id} slug:${teachScenario.slug}`)).toMatch(/Taught: .* is now an alias/);
    expect((await harness.services.faq.entries.getBySlug(teachScenario.slug))?.aliases).toContain(
      teachScenario.unsure,
    );

    const answer = await ask(teachScenario.askedAgain, "1700000300.000200");
    expect(answer).not.toMatch(/Might help/);
    expect(answer).toMatch(new RegExp(`FAQ: ${teachScenario.slug} · match`));

    expect(await faq("unanswered")).not.toContain(teachScenario.unsure);
  });
});
