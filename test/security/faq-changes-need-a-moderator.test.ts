import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { saveAsFaqCommandName } from "../../src/adapters/discord/command-json.js";
import { listCommandPaths } from "../../src/command-kit/resolve-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import {
  type DiscordHarness,
  finalAnswer,
  startDiscordHarness,
} from "../adapters/discord/discord-harness.js";
import { exampleInvocations } from "../adapters/discord/example-invocations.js";
import {
  buttonInteraction,
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  messageContextMenuInteraction,
  modalSubmitInteraction,
  newForumThread,
} from "../adapters/discord/fake-discord/fake-events.js";
import {
  buttonPayload,
  postInteraction,
  postSlashCommand,
  type SlackHarness,
  startSlackHarness,
  teamId,
  uniqueId,
} from "../adapters/slack/slack-harness.js";
import { fuzzContext, fuzzServices } from "../fuzz/fuzz-support.js";
import { everyCommunitySnapshot } from "../support/community-snapshot.js";
import { expectNoCommunityChanged, expectOnlyNewPendingSuggestions } from "./cross-community.js";
import { archivedSlug, securityModerator } from "./faq-state.js";

/**
 * MUST NEVER HAPPEN: a member who is not a moderator changes the FAQ, by any path: a command
 * (Discord slash command, Slack slash command, console line), a button (the queue's Approve /
 * Edit / Reject), a modal (a forged submission of the add/edit/approve modals), a context menu or
 * message shortcut ("Save as FAQ" may only file a suggestion), or an import (there is no chat
 * import; the only importer is the operator's `npm run faq -- import`).
 */

const moderatorExamples = exampleInvocations(commands).filter(
  (invocation) => invocation.command.permission === "moderator",
);

describe("no FAQ change by a non-moderator: console and the command list", () => {
  it("refuses every moderator command's examples on the console and changes nothing", async () => {
    const { database, services } = await fuzzServices();
    await services.faq.entries.archive(archivedSlug, {}, securityModerator, new Date());
    expect(moderatorExamples.length).toBeGreaterThan(5);
    for (const { example, path } of moderatorExamples) {
      const { reply } = await expectNoCommunityChanged({ database }, example, () =>
        runTextCommand(`/${example}`, fuzzContext(services, false)),
      );
      expect(reply, example).toMatchObject({ kind: "problem", code: "not-allowed", visibility: "private" });
      expect(reply.body).toContain(`/${path}`);
    }
    database.close();
  });

  it("offers no import in chat: any command that could import is moderator-only", () => {
    const importing = listCommandPaths(commands).filter(({ path }) =>
      /import|restore|revert|approve/.test(path),
    );
    for (const { path, command } of importing) expect(command.permission, path).toBe("moderator");
  });
});

describe("no FAQ change by a non-moderator: Discord", () => {
  let harness: DiscordHarness;
  let suggestionId = 0;
  beforeAll(async () => {
    harness = await startDiscordHarness();
    await harness.services.faq.entries.archive(archivedSlug, {}, securityModerator, new Date());
    const filed = await harness.services.faq.suggestions.suggest(
      { question: "Can I get Connects back after a cancelled job?", answer: "Yes, they are refunded." },
      securityModerator,
      new Date(),
    );
    if (!filed.ok) throw new Error("setup suggestion refused");
    suggestionId = filed.value.suggestion.id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("refuses every moderator slash command (with its example options) privately", async () => {
    for (const invocation of moderatorExamples) {
      for (const member of [fakeMembers.asker, fakeMembers.roleHolder]) {
        const answer = await expectNoCommunityChanged(harness, invocation.example, () =>
          finalAnswer(
            harness,
            chatInputInteraction(harness.fake, {
              member,
              command: invocation.commandName,
              ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
              options: invocation.discordOptions,
            }),
          ),
        );
        expect(answer.ephemeral, invocation.example).toBe(true);
        expect(answer.data.embeds?.[0]?.description ?? answer.data.content, invocation.example).toMatch(
          /Only moderators/,
        );
      }
    }
  });

  it("ignores the queue's Approve, Edit and Reject buttons pressed by a member", async () => {
    for (const verb of ["approve", "edit", "reject"]) {
      const answer = await expectNoCommunityChanged(harness, verb, () =>
        finalAnswer(
          harness,
          buttonInteraction(harness.fake, {
            member: fakeMembers.bystander,
            customId: `faq:${verb}:${suggestionId}`,
            message: memberMessage(harness.fake, {
              author: fakeMembers.moderator,
              channelId: harness.fake.options.guild.textChannelId,
              content: "queue",
            }),
          }),
        ),
      );
      expect(answer.ephemeral, verb).toBe(true);
      expect(answer.callbackType, `${verb} must not open a modal`).not.toBe(9);
    }
    expect((await harness.services.faq.suggestions.getSuggestion(suggestionId))?.status).toBe("pending");
  });

  it("refuses forged submissions of the add, edit and approve modals", async () => {
    const values = {
      question: "Who wrote this?",
      answer: "Someone who was never shown the modal.",
      aliases: "",
      tags: "",
    };
    for (const customId of [
      "faq-modal:add:deadbeef:",
      "faq-modal:edit:deadbeef:conversion-fee",
      `faq-modal:approve:deadbeef:${suggestionId}`,
    ]) {
      const answer = await expectNoCommunityChanged(harness, customId, () =>
        finalAnswer(
          harness,
          modalSubmitInteraction(harness.fake, { member: fakeMembers.asker, customId, values }),
        ),
      );
      expect(answer.ephemeral, customId).toBe(true);
    }
  });

  it("lets Save as FAQ file a suggestion only: one new pending suggestion, nothing else changes", async () => {
    const thread = newForumThread(harness.fake, { title: "Fees on tips?", owner: fakeMembers.asker });
    harness.fake.dispatch("THREAD_CREATE", thread);
    harness.fake.rememberMessage(
      memberMessage(harness.fake, {
        id: thread.id,
        author: fakeMembers.asker,
        channelId: thread.id,
        content: "Is there a fee on bonuses and tips?",
      }),
    );
    // Fails if the click published, approved or decided anything, or touched another row.
    const { result: answer } = await expectOnlyNewPendingSuggestions(
      harness,
      harness.services.communityId,
      1,
      () =>
        finalAnswer(
          harness,
          messageContextMenuInteraction(harness.fake, {
            member: fakeMembers.bystander,
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
    expect((await harness.services.faq.suggestions.getSuggestion(suggestionId))?.status).toBe("pending");
  });
});

describe("no FAQ change by a non-moderator: Slack", () => {
  let harness: SlackHarness;
  let suggestionId = 0;
  const member = "UMEMBER";
  beforeAll(async () => {
    harness = await startSlackHarness();
    await harness.services.faq.entries.archive(archivedSlug, {}, securityModerator, new Date());
    const filed = await harness.services.faq.suggestions.suggest(
      { question: "Do tips count towards Top Rated earnings?", answer: "Yes, all earnings count." },
      securityModerator,
      new Date(),
    );
    if (!filed.ok) throw new Error("setup suggestion refused");
    suggestionId = filed.value.suggestion.id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function respondedTo(responseId: string): Promise<Record<string, unknown>> {
    const [answer] = await harness.fake.waitFor(`respond ${responseId}`, () => {
      const posted = harness.fake.responsesTo(responseId);
      return posted.length > 0 ? posted : null;
    });
    return (answer?.body ?? {}) as Record<string, unknown>;
  }

  it("refuses every moderator slash command (with its example text) and opens no modal", async () => {
    for (const { example } of moderatorExamples) {
      const [name = "", ...rest] = example.split(" ");
      const responseId = uniqueId("sec");
      const answer = await expectNoCommunityChanged(harness, example, async () => {
        const response = await postSlashCommand(harness, {
          command: `/${name}`,
          text: rest.join(" "),
          userId: member,
          responseId,
        });
        expect(response.status).toBe(200);
        return respondedTo(responseId);
      });
      expect(String(answer.text), example).toMatch(/Only moderators/);
    }
    expect(harness.fake.callsTo("views.open")).toHaveLength(0);
  });

  it("ignores the queue's buttons and a forged command-modal submission from a member", async () => {
    for (const verb of ["approve", "edit", "reject"]) {
      const responseId = uniqueId("btn");
      const answer = await expectNoCommunityChanged(harness, verb, async () => {
        await postInteraction(
          harness,
          buttonPayload(harness, { actionId: `faq:${verb}:${suggestionId}`, userId: member, responseId }),
        );
        return respondedTo(responseId);
      });
      expect(String(answer.text), verb).toMatch(/Only moderators/);
    }
    for (const path of ["faq add", "faq edit", "faq approve"]) {
      const ephemeralBefore = harness.fake.callsTo("chat.postEphemeral").length;
      const before = everyCommunitySnapshot(harness.database.sqlite);
      const response = await postInteraction(harness, {
        type: "view_submission",
        team: { id: teamId, domain: "fake" },
        user: { id: member, username: "member", team_id: teamId },
        api_app_id: "A0001",
        token: "unused",
        trigger_id: uniqueId("trigger-"),
        view: {
          id: "V0001",
          team_id: teamId,
          type: "modal",
          callback_id: "command-modal",
          private_metadata: JSON.stringify({
            path,
            channelId: "CGENERAL",
            fixed: path === "faq approve" ? { id: suggestionId } : {},
          }),
          state: {
            values: {
              slug: { value: { type: "plain_text_input", value: "forged-entry" } },
              question: { value: { type: "plain_text_input", value: "Forged?" } },
              answer: { value: { type: "plain_text_input", value: "This must never be published." } },
            },
          },
        },
      });
      expect(response.status).toBe(200);
      await harness.fake.waitFor(`the refusal of ${path}`, () =>
        harness.fake.callsTo("chat.postEphemeral").length > ephemeralBefore ? true : null,
      );
      expect(everyCommunitySnapshot(harness.database.sqlite), path).toEqual(before);
    }
    expect((await harness.services.faq.suggestions.getSuggestion(suggestionId))?.status).toBe("pending");
  });
});
