import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { noteCommands } from "../../support/note-commands.js";
import {
  adminUserId,
  buttonPayload,
  postInteraction,
  type SlackHarness,
  startSlackHarness,
  uniqueId,
} from "./slack-harness.js";
import { slackInteractions } from "./slack-interactions.js";

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness("http", { commands: [...commands, noteCommands] });
});
afterAll(async () => {
  await harness?.close();
});
const { slash, responseTo, viewOpenedWith, submitView } = slackInteractions(() => harness);

async function ephemeralTextFor(userId: string, matching: RegExp): Promise<string> {
  const [posted] = await harness.fake.waitFor(`an ephemeral message matching ${matching}`, () => {
    const calls = harness.fake
      .callsTo("chat.postEphemeral")
      .filter((call) => call.params.user === userId && matching.test(String(call.params.text)));
    return calls.length > 0 ? calls : null;
  });
  return String(posted?.params.text);
}

/** A command the Slack adapter has never heard of gets its modal and buttons from its declaration. */
describe("a new command with a form, on Slack", () => {
  it("opens the form when the required text is missing and runs the command on submission", async () => {
    const responseId = await slash("/note", "write topic:fees", adminUserId);
    const view = await viewOpenedWith(`trigger-${responseId}`);
    expect(view.blocks.map((block) => block.block_id)).toEqual(["topic", "text"]);
    const submitted = await submitView(view, adminUserId, { topic: "fees", text: "Re-check the fee page" });
    expect(submitted.status).toBe(200);
    expect(await ephemeralTextFor(adminUserId, /Saved: Re-check the fee page/)).toMatch(/Note saved/);
  });

  it("refuses a member instead of opening a form they could not submit", async () => {
    const answer = await responseTo(await slash("/note", "write", "UMEMBER"));
    expect(String(answer.text)).toMatch(/Only moderators can use \/note write/);
  });

  it("a declared button opens the prefilled form with its option fixed, or runs the command at once", async () => {
    const responseId = uniqueId("note");
    await postInteraction(
      harness,
      buttonPayload(harness, { actionId: "note:revise:7", userId: adminUserId, responseId }),
    );
    const view = await viewOpenedWith(`trigger-${responseId}`);
    expect(view.blocks.map((block) => block.block_id)).toEqual(["text"]);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ path: "note revise", fixed: { n: 7 } });
    await submitView(view, adminUserId, { text: "shorter" });
    expect(await ephemeralTextFor(adminUserId, /Note 7: shorter/)).toMatch(/Note revised/);

    const touchId = uniqueId("note");
    await postInteraction(
      harness,
      buttonPayload(harness, { actionId: "note:touch:4", userId: adminUserId, responseId: touchId }),
    );
    expect(String((await responseTo(touchId)).text)).toMatch(/Note 4: \(unchanged\)/);
  });
});
