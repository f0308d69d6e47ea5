import { afterEach, describe, expect, it } from "vitest";
import { faqCommand } from "../../../commands/faq/index.js";
import { runTextCommand } from "../../../src/command-kit/text-invocation.js";
import type { Actor } from "../../../src/core/actor.js";
import { openFaqCommandHarness } from "./faq-command-harness.js";

let harness = openFaqCommandHarness();
afterEach(() => {
  harness.database.close();
  harness = openFaqCommandHarness();
});

const memberNamed = (userId: string): Actor => ({
  platform: "console",
  spaceId: "console",
  communityId: "console",
  userId,
  displayName: userId,
  isModerator: false,
});

async function suggestAs(userId: string, question: string, answer = "An answer in my own words.") {
  await harness.run("/faq queue", true); // makes sure the community exists
  const line = `/faq suggest question:"${question}" answer:"${answer}"`;
  return (
    await runTextCommand(line, {
      actor: memberNamed(userId),
      services: harness.services,
      commands: [faqCommand],
      now: harness.now,
    })
  ).reply;
}

describe("suggestion floods (issue 15, finding 4)", () => {
  it("a member gets the suggestion limit (5 an hour by default), then a private slow-down", async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await suggestAs("flooder", `Distinct question number ${index} about fees?`)).kind).toBe(
        "message",
      );
    }
    const refused = await suggestAs("flooder", "One more distinct question about taxes?");
    expect(refused).toMatchObject({ kind: "problem", code: "rate-limited", visibility: "private" });
    expect(refused.body).toContain("5 FAQ suggestions per member in an hour");
    expect(harness.count("faq_suggestions")).toBe(5);
    // Another member is not held back, and moderators are never limited.
    expect((await suggestAs("someone", "A question of my own about invoices?")).kind).toBe("message");
  });

  it("the same question from another member is merged, and the queue sorts by most asked and filters", async () => {
    await suggestAs("ana", "How do I raise my rate with an existing client?");
    await suggestAs("bo", "Is the Rising Talent badge permanent?");
    const merged = await suggestAs("cy", "is the rising talent badge PERMANENT");
    expect(merged).toMatchObject({ kind: "message", visibility: "private", data: { merged: true } });
    expect(merged.body).toContain("already waiting as **#2**");
    // The same member repeating it is not counted twice.
    await suggestAs("cy", "Is the Rising Talent badge permanent?");
    expect(harness.count("faq_suggestions")).toBe(2);

    const listed = async (options: string) =>
      (
        (await harness.run(`/faq queue ${options}`, true)).data as {
          suggestions: { id: number; askedBy: number }[];
        }
      ).suggestions;
    expect((await listed("")).map((item) => item.id)).toEqual([1, 2]);
    expect(await listed("sort:most-asked")).toMatchObject([
      { id: 2, askedBy: 2 },
      { id: 1, askedBy: 1 },
    ]);
    expect((await listed("sort:newest")).map((item) => item.id)).toEqual([2, 1]);
    expect((await listed("author:ana")).map((item) => item.id)).toEqual([1]);
    expect((await listed('text:"RAISE my rate"')).map((item) => item.id)).toEqual([1]);
    expect((await harness.run("/faq queue sort:loudest", true)).kind).toBe("problem");
  });

  it("a question the FAQ already answers is refused with a pointer to the entry", async () => {
    await harness.run(
      '/faq add slug:payment-protection question:"How does hourly payment protection work?" answer:"Log time with the desktop app; work diary screenshots back your claim."',
      true,
    );
    const refused = await suggestAs("ana", "How does hourly payment protection work?");
    expect(refused).toMatchObject({ kind: "problem", code: "conflict", visibility: "private" });
    expect(refused.body).toContain("/faq show payment-protection");
    expect(harness.count("faq_suggestions")).toBe(0);
  });
});
