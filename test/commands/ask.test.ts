import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Services } from "../../src/ports/services.js";
import { threadReplyHarness } from "../services/thread-reply-harness.js";
import { memoryLogger } from "../support/memory-logger.js";

const harness = await threadReplyHarness();
afterAll(() => harness.close());

function context(isModerator = false): CommandContext {
  const actor: Actor = {
    platform: "discord",
    communityId: "guild-1",
    userId: "u1",
    displayName: "Ana",
    isModerator,
  };
  const services: Services = {
    faq: harness.faq,
    faqSearch: harness.search,
    settings: harness.settings,
    threadReplies: harness.service,
    logger: memoryLogger().logger,
  };
  return { actor, services, commands, now: new Date("2026-11-26T12:00:00Z") };
}

describe("/ask", () => {
  it("answers from the starter pack with confidence, sources and related entries", async () => {
    const { command, reply } = await runTextCommand(
      '/ask question:"how long until the top rated badge shows up"',
      context(),
    );
    expect(command).toBe("ask");
    expect(reply.kind).toBe("message");
    const data = reply.data as { best: { slug: string; confidence: number } | null; related: unknown[] };
    expect(data.best?.slug).toBe("top-rated-badge-delay");
    expect(data.best?.confidence).toBeGreaterThan(0);
    expect(data.best?.confidence).toBeLessThanOrEqual(1);
    expect(data.related.length).toBeLessThanOrEqual(2);
    expect(reply.sources?.length).toBeGreaterThan(0);
  });

  it("takes the rest of the line as the question", async () => {
    const { reply } = await runTextCommand("/ask what is the conversion fee", context());
    expect((reply.data as { best: { slug: string } }).best.slug).toBe("conversion-fee");
  });

  it("says privately when nothing matches, with best null", async () => {
    const { reply } = await runTextCommand("/ask 🎉🎉🎉 zzzz", context());
    expect(reply).toMatchObject({ kind: "problem", code: "not-found", visibility: "private" });
    expect(reply.data).toMatchObject({ best: null, related: [] });
  });

  it.each([
    ["upwork", "what do I need for top rated?", "top-rated-requirements", "Upwork"],
    ["fiverr", "what do I need for top rated?", "fiverr-top-rated-review", "Fiverr"],
    ["upwork", "what do I need for top rated on fiverr?", "fiverr-top-rated-review", "Fiverr"],
    ["fiverr", "what do I need for top rated on upwork?", "top-rated-requirements", "Upwork"],
  ] as const)("in a %s community, %s answers %s (issue 19)", async (marketplace, question, slug, name) => {
    await harness.settings.update({ platform: "discord", communityId: "guild-1" }, { marketplace }, "mod");
    const { reply } = await runTextCommand(`/ask ${question}`, context());
    expect((reply.data as { best: { slug: string } }).best.slug).toBe(slug);
    expect(reply.footer).toContain(`not official ${name} advice`);
    await harness.settings.update(
      { platform: "discord", communityId: "guild-1" },
      { marketplace: "upwork" },
      "mod",
    );
  });

  it("names the option when the question is missing", async () => {
    const { reply } = await runTextCommand("/ask", context());
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("question");
  });
});
