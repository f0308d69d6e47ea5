import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import { readStoredSettings } from "../../src/core/community-settings.js";
import type { Services } from "../../src/ports/services.js";
import { community, space, threadReplyHarness } from "../services/thread-reply-harness.js";
import { listedChannels } from "../support/listed-channels.js";

let harness = await threadReplyHarness();
afterEach(async () => {
  harness.close();
  harness = await threadReplyHarness();
});

const key = { ...space, communityId: community };

/** The server's own channels in these tests: 222 and 333. */
function context(isModerator: boolean, channels = listedChannels("222", "333")): CommandContext {
  const actor: Actor = { ...key, userId: "mod-1", displayName: "Mo", isModerator };
  const services: Services = harness.view;
  return { actor, services, commands, now: new Date("2026-11-26T12:00:00Z"), channels };
}

describe("/settings", () => {
  it("sets the per-member limits and the retention, and refuses a retention of 0 days", async () => {
    const { reply } = await runTextCommand(
      "/settings mention_limit:3 auto_answer_limit:0 suggestion_limit:2 limit_window_minutes:30 retention_days:30",
      context(true),
    );
    expect(reply.kind).toBe("message");
    expect(reply.body).toContain("30 days");
    expect(await harness.settings.get()).toMatchObject({
      mentionLimit: 3,
      autoAnswerLimit: 0,
      suggestionLimit: 2,
      limitWindowMinutes: 30,
      retentionDays: 30,
    });
    const refused = await runTextCommand("/settings retention_days:0", context(true));
    expect(refused.reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect((await harness.settings.get()).retentionDays).toBe(30);
  });

  it("refuses non-moderators privately and changes nothing", async () => {
    const before = await harness.settings.get();
    const { reply } = await runTextCommand("/settings threshold:0.9", context(false));
    expect(reply).toMatchObject({ kind: "problem", code: "not-allowed", visibility: "private" });
    expect(await harness.settings.get()).toEqual(before);
  });

  it("changes every setting a moderator names", async () => {
    const { reply } = await runTextCommand(
      "/settings auto_answer_channels:<#111>,<#222> threshold:0.85 cooldown_seconds:600 shadow_mode:true shadow_channel:<#333> moderator_roles:<@&444> moderator_users:555",
      context(true),
    );
    expect(reply.kind).toBe("message");
    expect(await harness.settings.get()).toMatchObject({
      autoAnswerChannels: ["111", "222"],
      confidenceThreshold: 0.85,
      channelCooldownSeconds: 600,
      shadowMode: true,
      shadowChannels: { discord: "333" },
      moderatorRoleIds: ["444"],
      moderatorUserIds: ["555"],
    });
  });

  it("goes back to forums and clears lists", async () => {
    await runTextCommand("/settings auto_answer_channels:111 shadow_channel:222", context(true));
    await runTextCommand("/settings auto_answer_channels:forums shadow_channel:none", context(true));
    expect(await harness.settings.get()).toMatchObject({
      autoAnswerChannels: "forums",
      shadowChannels: {},
    });
  });

  it("refuses a shadow channel that is not one of the server's own, changing nothing", async () => {
    await runTextCommand("/settings shadow_channel:333", context(true));
    const before = await harness.settings.get();
    const { reply } = await runTextCommand("/settings shadow_mode:true shadow_channel:<#999>", context(true));
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.body).toContain("not a channel of this server");
    expect(await harness.settings.get()).toEqual(before);
    // A context that cannot ask the platform refuses too, rather than trusting the id.
    const { channels: _channels, ...blindContext } = context(true);
    const blind = await runTextCommand("/settings shadow_channel:333", blindContext);
    expect(blind.reply).toMatchObject({ kind: "problem", visibility: "private" });
    expect(await harness.settings.get()).toEqual(before);
  });

  it("shows the settings when no option is given", async () => {
    const { reply } = await runTextCommand("/settings", context(true));
    expect(reply.title).toBe("Community settings");
    expect(reply.data).toMatchObject({ changed: [] });
  });

  it("sets the marketplace /status and /eligibility answer for, and they follow it", async () => {
    expect((await harness.settings.get()).marketplace).toBe("upwork");
    const { reply } = await runTextCommand("/settings marketplace:fiverr", context(true));
    expect(reply).toMatchObject({ kind: "message", data: { changed: ["marketplace"] } });
    expect(reply.body).toContain("**Marketplace:** Fiverr (`fiverr`)");
    expect(await harness.settings.get()).toMatchObject({ marketplace: "fiverr" });
    const status = await runTextCommand("/status", context(false));
    expect(status.reply.data).toMatchObject({ marketplace: "fiverr", ruleset: "fiverr-2024-levels" });
    const eligibility = await runTextCommand("/eligibility rating:4.8 clients:12", context(false));
    expect(eligibility.reply.data).toMatchObject({ marketplace: "fiverr" });
  });

  it("reads a stored marketplace it no longer knows as Upwork, the default", () => {
    expect(readStoredSettings({ marketplace: "etsy", shadowMode: true })).toMatchObject({
      marketplace: "upwork",
      shadowMode: true,
    });
    expect(readStoredSettings({ marketplace: "malt" }).marketplace).toBe("malt");
  });

  it.each([
    ["/settings marketplace:etsy", "marketplace"],
    ["/settings threshold:2", "threshold"],
    ["/settings cooldown_seconds:-5", "cooldown_seconds"],
    ["/settings shadow_mode:maybe", "shadow_mode"],
    ["/settings shadow_channel:<#1>,<#2>", "shadow_channel"],
  ])("%s is rejected naming %s", async (line, option) => {
    const { reply } = await runTextCommand(line, context(true));
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain(option);
  });
});
