import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { saveAsFaqCommandName } from "../../src/adapters/discord/command-json.js";
import {
  type DiscordHarness,
  finalAnswer,
  startDiscordHarness,
} from "../adapters/discord/discord-harness.js";
import { toInvocation } from "../adapters/discord/example-invocations.js";
import type { RecordedRequest } from "../adapters/discord/fake-discord/fake-discord-server.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  messageContextMenuInteraction,
  modalSubmitInteraction,
  newForumThread,
} from "../adapters/discord/fake-discord/fake-events.js";
import type { FakeGuild } from "../adapters/discord/fake-discord/fake-guild.js";
import {
  afterThreadDecision,
  attemptsOnCommunityA,
  expectNoCommunityChanged,
  expectOnlyNewPendingSuggestions,
  type SeededCommunityA,
  secretOfA,
  seedCommunityA,
  showsCommunityA,
  snapshotOf,
} from "./cross-community.js";

/**
 * MUST NEVER HAPPEN: a member with Manage Messages in server B sees or changes anything of server
 * A, by any path the real discord.js client delivers. Each server is its own community.
 */
describe("server B's moderator and server A's community, through discord.js", () => {
  let harness: DiscordHarness;
  let guildA: FakeGuild;
  let guildB: FakeGuild;
  let seed: SeededCommunityA;
  let communityB: string;
  /** The reply id of a thread answer in server A, for crafted Helpful / Dismiss buttons. */
  let replyIdInA = "";
  const moderatorOfB = fakeMembers.moderator;

  const postsIn = (channelId: string) =>
    harness.fake.requests.filter(
      (request) => request.method === "POST" && request.path === `/channels/${channelId}/messages`,
    );

  /**
   * A new forum post in `guild`; resolves once the bot has recorded its answer (and, when the
   * answer goes into the thread, its delivery) or its silence, with the post in the thread if any.
   */
  async function askInForum(guild: FakeGuild, question: string): Promise<RecordedRequest | null> {
    const thread = newForumThread(harness.fake, {
      title: question.slice(0, 50),
      owner: fakeMembers.asker,
      guild,
    });
    await afterThreadDecision(harness, guild === guildA ? seed.communityId : communityB, () => {
      harness.fake.dispatch("THREAD_CREATE", thread);
      harness.fake.dispatch(
        "MESSAGE_CREATE",
        memberMessage(harness.fake, {
          id: thread.id,
          author: fakeMembers.asker,
          channelId: thread.id,
          content: question,
        }),
      );
      return undefined;
    });
    return postsIn(thread.id)[0] ?? null;
  }

  beforeAll(async () => {
    harness = await startDiscordHarness({ otherGuilds: 1 });
    [guildA, guildB] = harness.guilds as [FakeGuild, FakeGuild];
    const moderatorOfA = { platform: "discord" as const, spaceId: guildA.id, userId: "100000000000000299" };
    seed = await seedCommunityA(harness.services, moderatorOfA, {
      shadowChannel: guildA.moderatorsChannelId,
    });
    communityB = await harness.bot.communities.communityOf(
      { platform: "discord", spaceId: guildB.id },
      new Date(),
    );
    expect(communityB).not.toBe(seed.communityId);
    // A's own thread is answered from A's entry: the question is answerable, where it belongs.
    const answerInA = await askInForum(guildA, secretOfA.question);
    expect(JSON.stringify(answerInA?.body)).toContain(secretOfA.slug);
    replyIdInA = snapshotOf(harness, seed.communityId).thread_answers?.[0]?.reply_id as string;
    expect(replyIdInA).toBeTruthy();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** A moderator's slash command in `guild`, typed as a command line. */
  const slashCommand = (guild: FakeGuild, line: string) => {
    const invocation = toInvocation(commands, line);
    return finalAnswer(
      harness,
      chatInputInteraction(harness.fake, {
        member: moderatorOfB,
        guild,
        command: invocation.commandName,
        ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
        options: invocation.discordOptions,
      }),
    );
  };

  it("refuses or hides every slash command aimed at A's entries, suggestions and settings", async () => {
    // The check can fail: in server A the same member sees A's entry.
    const inA = await slashCommand(guildA, `faq show slug:${secretOfA.slug}`);
    expect(showsCommunityA(JSON.stringify(inA.data), seed)).toBe(true);
    for (const { line, kind } of attemptsOnCommunityA(seed)) {
      const answer = await expectNoCommunityChanged(harness, line, () => slashCommand(guildB, line));
      expect(showsCommunityA(JSON.stringify(answer.data), seed, line), line).toBe(false);
      if (kind === "write") expect(answer.ephemeral, line).toBe(true);
    }
  });

  it("offers none of A's slugs in autocomplete", async () => {
    const answer = await finalAnswer(
      harness,
      autocompleteInteraction(harness.fake, {
        member: moderatorOfB,
        guild: guildB,
        command: "faq",
        subcommand: "show",
        options: [{ name: "slug", type: 3, value: "zephyrine", focused: true }],
      }),
    );
    expect(answer.callbackType).toBe(8);
    expect(showsCommunityA(JSON.stringify(answer.data), seed)).toBe(false);
  });

  it("refuses buttons whose custom ids name A's suggestion or A's thread answer", async () => {
    const customIds = [
      `faq:approve:${seed.suggestionId}`,
      `faq:edit:${seed.suggestionId}`,
      `faq:reject:${seed.suggestionId}`,
      `thread:helpful:${replyIdInA}`,
      `thread:not-helpful:${replyIdInA}`,
      `thread:dismiss:${replyIdInA}`,
    ];
    for (const customId of customIds) {
      const answer = await expectNoCommunityChanged(harness, customId, () =>
        finalAnswer(
          harness,
          buttonInteraction(harness.fake, {
            member: moderatorOfB,
            guild: guildB,
            customId,
            message: memberMessage(harness.fake, {
              author: fakeMembers.moderator,
              channelId: guildB.textChannelId,
              content: "queue",
            }),
          }),
        ),
      );
      expect(answer.ephemeral, customId).toBe(true);
      expect(answer.callbackType, `${customId} opens no modal`).not.toBe(9);
      expect(showsCommunityA(JSON.stringify(answer.data), seed, customId), customId).toBe(false);
    }
    expect(harness.fake.requests.filter((request) => request.method === "DELETE")).toHaveLength(0);
  });

  it("refuses modal submissions that name A's suggestion or entry", async () => {
    const values = { question: "Taken over?", answer: "Written in server B.", aliases: "", tags: "" };
    for (const customId of [
      `faq-modal:approve:deadbeef:${seed.suggestionId}`,
      `faq-modal:reject:deadbeef:${seed.suggestionId}`,
      `faq-modal:edit:deadbeef:${secretOfA.slug}`,
    ]) {
      const answer = await expectNoCommunityChanged(harness, customId, () =>
        finalAnswer(
          harness,
          modalSubmitInteraction(harness.fake, { member: moderatorOfB, guild: guildB, customId, values }),
        ),
      );
      expect(answer.ephemeral, customId).toBe(true);
      expect(showsCommunityA(JSON.stringify(answer.data), seed, customId), customId).toBe(false);
    }
  });

  it("files Save as FAQ in server B into B's queue only", async () => {
    const thread = newForumThread(harness.fake, {
      title: "Tips and fees",
      owner: fakeMembers.asker,
      guild: guildB,
    });
    harness.fake.dispatch("THREAD_CREATE", thread);
    harness.fake.rememberMessage(
      memberMessage(harness.fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "Is there a fee on bonuses and tips?",
      }),
    );
    const { result: answer } = await expectOnlyNewPendingSuggestions(harness, communityB, 1, () =>
      finalAnswer(
        harness,
        messageContextMenuInteraction(harness.fake, {
          member: moderatorOfB,
          guild: guildB,
          channelId: thread.id,
          commandName: saveAsFaqCommandName,
          target: memberMessage(harness.fake, {
            author: fakeMembers.bystander,
            channelId: thread.id,
            content: "Yes, the usual service fee applies to bonuses too.",
          }),
        }),
      ),
    );
    expect(answer.ephemeral).toBe(true);
  });

  it("answers B's threads only from B's FAQ", async () => {
    const before = snapshotOf(harness, seed.communityId);
    const answer = await askInForum(guildB, secretOfA.question);
    expect(answer === null || !showsCommunityA(JSON.stringify(answer.body), seed)).toBe(true);
    // A starter question is answered in B's thread, from B's own copy of the entry.
    const starter = await askInForum(guildB, "How long until the Top Rated badge shows up after I qualify?");
    expect(JSON.stringify(starter?.body)).toContain("top-rated-badge-delay");
    const inB = snapshotOf(harness, communityB);
    expect(inB.thread_answers?.map((row) => row.slug)).toEqual(["top-rated-badge-delay"]);
    expect(snapshotOf(harness, seed.communityId)).toEqual(before);
  });

  /** B's moderator runs /settings with these options in server B. */
  const settingsInB = (options: string) => {
    const setting = toInvocation(commands, `settings ${options}`);
    return finalAnswer(
      harness,
      chatInputInteraction(harness.fake, {
        member: moderatorOfB,
        guild: guildB,
        command: setting.commandName,
        options: setting.discordOptions,
      }),
    );
  };

  it("refuses A's channel as B's shadow channel privately, and never posts into it", async () => {
    for (const named of [`<#${guildA.moderatorsChannelId}>`, guildA.textChannelId]) {
      const answer = await expectNoCommunityChanged(harness, named, () =>
        settingsInB(`shadow_mode:true shadow_channel:${named}`),
      );
      expect(answer.ephemeral, named).toBe(true);
      expect(JSON.stringify(answer.data), named).toContain("is not a channel of this server");
    }
    // The check can fail: B's own moderators' channel is taken, and B's shadow posts go there.
    const own = await settingsInB(`shadow_mode:true shadow_channel:<#${guildB.moderatorsChannelId}>`);
    expect(JSON.stringify(own.data)).toContain("Settings updated");
    const settingsOfB = await harness.bot.forCommunity(communityB).settings.get();
    expect(settingsOfB.shadowChannels).toEqual({ discord: guildB.moderatorsChannelId });
    const before = snapshotOf(harness, seed.communityId);
    await askInForum(guildB, "How long until the Top Rated badge shows up after I qualify?");
    expect(postsIn(guildA.moderatorsChannelId)).toHaveLength(0);
    expect(snapshotOf(harness, seed.communityId)).toEqual(before);
  });
});
