import { afterAll, describe, expect, it } from "vitest";
import { exclusiveCheckCommand, exclusiveCheckOptions } from "../../../commands/exclusive-check.js";
import { commands } from "../../../commands/index.js";
import { optionsFromFragment } from "../../../src/command-kit/option-fragment.js";
import { runCommand } from "../../../src/command-kit/run-command.js";
import { openTestBot } from "../../support/test-bot.js";

const withUrl = openTestBot({ publicUrl: "https://faq.example.org/" });
const withoutUrl = openTestBot();
afterAll(() => {
  withUrl.close();
  withoutUrl.close();
});

const actor = {
  platform: "console" as const,
  spaceId: "console",
  communityId: "console",
  userId: "ana",
  displayName: "ana",
  isModerator: false,
};
const input = { months: 9, rate: 42.5, hours: 30, earnings: 7000, split: "monthly", exclusive: false };

async function run(bot: ReturnType<typeof openTestBot>) {
  const ctx = { actor, services: bot.bot.forCommunity("console"), commands, now: new Date() };
  return runCommand(exclusiveCheckCommand, input, ctx);
}

describe("/exclusive-check links to the web calculator", () => {
  it("puts the inputs in the fragment of a PUBLIC_URL link, and they read back as the same options", async () => {
    const reply = await run(withUrl);
    const url = new URL((reply.data as { calculator_url: string }).calculator_url);
    expect(`${url.origin}${url.pathname}`).toBe("https://faq.example.org/calculator/exclusive-check");
    // Nothing in the path or the query: browsers send neither the fragment nor anything after it.
    expect(url.search).toBe("");
    expect(optionsFromFragment(exclusiveCheckOptions, url.hash)).toEqual(input);
    expect(reply.body).toContain(`[Open this projection as a chart](${url.href})`);
  });

  it("has no link when PUBLIC_URL is not set", async () => {
    const reply = await run(withoutUrl);
    expect(reply.kind).toBe("message");
    expect(reply.body).not.toContain("calculator");
    expect(reply.data).not.toHaveProperty("calculator_url");
  });
});
