import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import {
  type DiscordHarness,
  finalAnswer,
  startDiscordHarness,
} from "../adapters/discord/discord-harness.js";
import { toInvocation } from "../adapters/discord/example-invocations.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  newForumThread,
} from "../adapters/discord/fake-discord/fake-events.js";
import type { FakeGuild } from "../adapters/discord/fake-discord/fake-guild.js";
import {
  adminUserId,
  type SlackHarness,
  startSlackHarness,
  teamId,
} from "../adapters/slack/slack-harness.js";
import { slackInteractions } from "../adapters/slack/slack-interactions.js";
import { afterThreadDecision, expectNoCommunityChanged, snapshotOf } from "../security/cross-community.js";
import { openTestBot, type TestBot } from "../support/test-bot.js";

const minute = 60_000;

/** An entry only the Slack side writes, with a word the starter pack never uses. */
const slackEntry = {
  slug: "marigold-retainer-invoices",
  question: "How do I invoice a Marigold retainer client?",
  answer: "Send one Marigold retainer invoice per month through the contract's milestone page.",
};

/**
 * A Discord server and a Slack workspace linked into one community with a one-time code, through
 * the real discord.js and Bolt clients over one database, on a clock the test moves.
 */
describe("linking a Discord server and a Slack workspace", () => {
  let shared: TestBot;
  let discord: DiscordHarness;
  let slack: SlackHarness;
  let guild: FakeGuild;
  let otherGuild: FakeGuild;
  let clock = new Date("2026-12-02T09:00:00Z");
  const now = () => clock;
  const { slash, responseTo } = slackInteractions(() => slack);

  /** A slash command typed by a moderator (Manage Messages) of `where`; the text of the answer. */
  async function onDiscord(where: FakeGuild, line: string): Promise<string> {
    const invocation = toInvocation(commands, line);
    const answer = await finalAnswer(
      discord,
      chatInputInteraction(discord.fake, {
        member: fakeMembers.moderator,
        guild: where,
        command: invocation.commandName,
        ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
        options: invocation.discordOptions,
      }),
    );
    expect(answer.ephemeral, line).toBe(true);
    return JSON.stringify(answer.data);
  }

  const onSlack = async (command: string, text: string) =>
    JSON.stringify(await responseTo(await slash(command, text, adminUserId)));

  const communityOfGuild = () =>
    shared.bot.communities.communityOf({ platform: "discord", spaceId: guild.id }, clock);
  const communityOfTeam = () =>
    shared.bot.communities.communityOf({ platform: "slack", spaceId: teamId }, clock);

  /** A new forum post in the linked server; the bot's post in its thread, if any. */
  async function askOnDiscord(question: string) {
    const thread = newForumThread(discord.fake, {
      title: question.slice(0, 50),
      owner: fakeMembers.asker,
      guild,
    });
    await afterThreadDecision(shared, await communityOfGuild(), () => {
      discord.fake.dispatch("THREAD_CREATE", thread);
      discord.fake.dispatch(
        "MESSAGE_CREATE",
        memberMessage(discord.fake, {
          id: thread.id,
          author: fakeMembers.asker,
          channelId: thread.id,
          content: question,
        }),
      );
      return undefined;
    });
    return discord.fake.requests.find(
      (request) => request.method === "POST" && request.path === `/channels/${thread.id}/messages`,
    );
  }

  const linkCodeIn = (text: string) => /[A-Z0-9]{5}-[A-Z0-9]{5}/.exec(text)?.[0] ?? "";

  beforeAll(async () => {
    shared = openTestBot();
    discord = await startDiscordHarness({ sharedBot: shared, otherGuilds: 1, now });
    slack = await startSlackHarness("http", { sharedBot: shared, now });
    [guild, otherGuild] = discord.guilds as [FakeGuild, FakeGuild];
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
    shared?.close();
  });

  it("refuses a code past its 15 minutes, clearly, and changes nothing", async () => {
    const code = linkCodeIn(await onSlack("/community", "link"));
    expect(code).not.toBe("");
    clock = new Date(clock.getTime() + 15 * minute);
    const refusal = await expectNoCommunityChanged(shared, "an expired code", () =>
      onDiscord(guild, `community join code:${code}`),
    );
    expect(refusal).toContain("That code has expired: codes last 15 minutes");
    expect(await communityOfGuild()).not.toBe(await communityOfTeam());
  });

  it("links with a fresh code inside its 15 minutes, audited on both sides", async () => {
    const code = linkCodeIn(await onSlack("/community", "link"));
    const formerCommunity = await communityOfGuild();
    clock = new Date(clock.getTime() + 15 * minute - 1_000);
    expect(await onDiscord(guild, `community join code:${code}`)).toContain(
      "This place now belongs to community",
    );
    const linked = await communityOfTeam();
    expect(await communityOfGuild()).toBe(linked);
    const shown = await onDiscord(guild, "community show");
    expect(shown).toContain(`Discord server ${guild.id}`);
    expect(shown).toContain(`Slack workspace ${teamId}`);
    const actions = (community: string) => snapshotOf(shared, community).audit_log?.map((row) => row.action);
    expect(actions(linked)).toEqual(expect.arrayContaining(["community.link-code", "community.join"]));
    expect(actions(formerCommunity)).toContain("community.leave");

    // The code is spent: another server's moderator is refused, and nothing changes.
    const reuse = await expectNoCommunityChanged(shared, "a used code", () =>
      onDiscord(otherGuild, `community join code:${code}`),
    );
    expect(reuse).toContain("That code was already used once");
  });

  it("answers a Discord thread with an entry added on Slack", async () => {
    const added = await onSlack(
      "/faq",
      `add slug:${slackEntry.slug} question:"${slackEntry.question}" answer:"${slackEntry.answer}"`,
    );
    expect(added).toContain(slackEntry.slug);
    const answer = await askOnDiscord(slackEntry.question);
    expect(JSON.stringify(answer?.body)).toContain(`FAQ: ${slackEntry.slug}`);
  });

  it("unlinks with a copy for each side: later edits on Slack stay on Slack", async () => {
    const linked = await communityOfTeam();
    expect(await onDiscord(guild, "community unlink")).toContain("This place now has its own community");
    const own = await communityOfGuild();
    expect(own).not.toBe(linked);
    expect(await communityOfTeam()).toBe(linked);
    for (const community of [own, linked]) {
      expect(snapshotOf(shared, community).audit_log?.map((row) => row.action)).toContain("community.unlink");
      const entry = await shared.bot.forCommunity(community).faq.entries.getBySlug(slackEntry.slug);
      expect(entry?.answer, community).toBe(slackEntry.answer);
    }
    await onSlack(
      "/faq",
      `edit slug:${slackEntry.slug} answer:"Marigold retainers are invoiced weekly now."`,
    );
    expect((await shared.bot.forCommunity(linked).faq.entries.getBySlug(slackEntry.slug))?.version).toBe(2);
    expect((await shared.bot.forCommunity(own).faq.entries.getBySlug(slackEntry.slug))?.answer).toBe(
      slackEntry.answer,
    );
    // The server keeps answering from its own copy.
    const answer = await askOnDiscord(slackEntry.question);
    expect(JSON.stringify(answer?.body)).toContain("per month");
  });
});
