import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Services } from "../../src/ports/services.js";
import { community, moderatorActor, space, threadReplyHarness } from "../services/thread-reply-harness.js";

const harness = await threadReplyHarness();
afterAll(() => harness.close());

function context(isModerator = false, now = new Date("2026-11-26T12:00:00Z")): CommandContext {
  const actor: Actor = {
    ...space,
    communityId: community,
    userId: "u1",
    displayName: "Ana",
    isModerator,
  };
  const services: Services = harness.view;
  return { actor, services, commands, now };
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

  it("labels the number as the match, and dates the entry by its last change and review date", async () => {
    const { reply } = await runTextCommand("/ask how long until the top rated badge shows up", context());
    expect(reply.fields?.map((field) => field.name)).toEqual(["FAQ entry", "Match"]);
    expect(reply.footer).toMatch(/^Last changed 2026-11-01 · review due 2027-\d{2}-\d{2} · community FAQ/);
    expect(reply.body).not.toContain("due for review");
  });

  it("warns when the entry is past its review date", async () => {
    const late = context(false, new Date("2027-08-01T12:00:00Z"));
    const { reply } = await runTextCommand("/ask how long until the top rated badge shows up", late);
    expect(reply.footer).toContain("review overdue since");
    expect(reply.body).toContain("was due for review on");
    const { reply: shown } = await runTextCommand("/faq show slug:top-rated-badge-delay", late);
    expect(shown.footer).toContain("review overdue since");
    expect(shown.body).toContain("was due for review on");
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
    await harness.settings.update({ marketplace }, moderatorActor);
    const { reply } = await runTextCommand(`/ask ${question}`, context());
    expect((reply.data as { best: { slug: string } }).best.slug).toBe(slug);
    expect(reply.footer).toContain(`not official ${name} advice`);
    await harness.settings.update({ marketplace: "upwork" }, moderatorActor);
  });

  it("names the option when the question is missing", async () => {
    const { reply } = await runTextCommand("/ask", context());
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("question");
  });
});
