import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teachScenario, unansweredIdOf } from "../../support/teach-scenario.js";
import { type DiscordHarness, finalAnswer, startDiscordHarness } from "./discord-harness.js";
import {
  chatInputInteraction,
  fakeMembers,
  memberMessage,
  newForumThread,
  type RawOption,
} from "./fake-discord/fake-events.js";

interface PostedMessage {
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
}

/**
 * Issue 17's must-show on Discord, through the real discord.js client against the fake server: a
 * forum question the bot is unsure of is listed by `/faq unanswered`, a moderator teaches it with
 * `/faq teach`, and the same question in a new forum post is then answered from that entry.
 */
describe("unanswered -> teach -> answered, over Discord", () => {
  let harness: DiscordHarness;

  beforeAll(async () => {
    harness = await startDiscordHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Both posts carry the same short title, the way members title forum posts. */
  const forumTitle = "Freelancer Plus";

  /** Opens a forum post with `content` and resolves with the bot's post in its thread. */
  async function askInForum(content: string): Promise<PostedMessage> {
    const { fake } = harness;
    const thread = newForumThread(fake, { title: forumTitle, owner: fakeMembers.asker });
    fake.dispatch("THREAD_CREATE", thread);
    fake.dispatch(
      "MESSAGE_CREATE",
      memberMessage(fake, { id: thread.id, author: fakeMembers.asker, channelId: thread.id, content }),
    );
    const posted = await fake.waitForRequest(
      (request) => request.method === "POST" && request.path === `/channels/${thread.id}/messages`,
    );
    return posted.body as PostedMessage;
  }

  const faqCommand = (subcommand: string, options: RawOption[] = []) =>
    finalAnswer(
      harness,
      chatInputInteraction(harness.fake, {
        member: fakeMembers.moderator,
        command: "faq",
        subcommand,
        options,
      }),
    );

  it("answers the taught question", async () => {
    const offer = await askInForum(teachScenario.unsure);
    // Unsure: "Might help" entries (the right one among them), not an answer.
    expect(JSON.stringify(offer)).toMatch(/Might help/);
    expect(offer.embeds?.[0]?.footer?.text).toContain(teachScenario.slug);

    const listed = await faqCommand("unanswered");
    expect(listed.ephemeral).toBe(true);
    const listing = listed.data.embeds?.map((embed) => embed.description ?? "").join("\n") ?? "";
    const id = unansweredIdOf(listing, teachScenario.unsure);

    const taught = await faqCommand("teach", [
      { name: "id", type: 4, value: id },
      { name: "slug", type: 3, value: teachScenario.slug },
    ]);
    expect(taught.ephemeral).toBe(true);
    expect(JSON.stringify(taught.data.embeds)).toMatch(/Taught: .* is now an alias/);
    // The forum post's title is part of its question, so it is part of the alias too.
    expect((await harness.services.faq.entries.getBySlug(teachScenario.slug))?.aliases).toContain(
      `${forumTitle} ${teachScenario.unsure}`,
    );

    const answer = await askInForum(teachScenario.askedAgain);
    expect(JSON.stringify(answer)).not.toMatch(/Might help/);
    expect(answer.embeds?.[0]?.footer?.text).toMatch(new RegExp(`FAQ: ${teachScenario.slug} · match`));

    const listedAfter = await faqCommand("unanswered");
    expect(JSON.stringify(listedAfter.data.embeds)).not.toContain(teachScenario.unsure);
  });
});
