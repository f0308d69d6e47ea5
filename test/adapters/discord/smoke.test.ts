import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackData, type DiscordHarness, startDiscordHarness } from "./discord-harness.js";
import { chatInputInteraction, fakeMembers } from "./fake-discord/fake-events.js";

describe("smoke", () => {
  let harness: DiscordHarness;
  beforeAll(async () => {
    harness = await startDiscordHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("answers /help", async () => {
    const payload = chatInputInteraction(harness.fake, { member: fakeMembers.asker, command: "help" });
    const callback = await harness.interact(payload);
    console.log(JSON.stringify(callback.body, null, 1).slice(0, 1500));
    expect(callbackData(callback).type).toBe(4);
  });
});
