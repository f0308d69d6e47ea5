import { describe, expect, it } from "vitest";
import { runBot } from "../support/run-bot-process.js";
import { teachScenario } from "../support/teach-scenario.js";

interface Line {
  input: string;
  kind: string;
  text: string;
  faq?: { slug: string };
  reason?: string;
  offered?: { slug: string }[];
  data: Record<string, unknown>;
}

const { unsure, slug, askedAgain } = teachScenario;

/**
 * Issue 17's must-show on the console, through the real `npm start --json` process: a question the
 * bot is unsure of gets "Might help" entries (printed: the console has no buttons) and goes on the
 * moderators' list; /faq teach makes it an alias; asked again it is answered.
 */
describe("unanswered -> teach -> answered, on the console", () => {
  it("answers the taught question", async () => {
    const input = [unsure, "/faq unanswered", `/faq teach id:1 slug:${slug}`, askedAgain, "/faq unanswered"];
    const result = await runBot(`${input.join("\n")}\n`, ["--json", "--moderator", "--user", "ana"]);
    expect(result.code, result.stderr).toBe(0);
    const [offer, listed, taught, again, listedAfter] = result.lines as unknown as Line[];
    expect(offer).toMatchObject({ kind: "thread_offer", reason: "low-confidence" });
    expect(offer?.offered?.map((entry) => entry.slug)).toContain(slug);
    expect(offer?.text).toMatch(/Might help: What does Freelancer Plus change/);
    expect(listed?.data).toMatchObject({ questions: [{ id: 1, text: unsure }] });
    expect(listed?.text).toContain(`#1 ${unsure}`);
    expect(taught).toMatchObject({ kind: "message", data: { action: "taught", answersNow: true } });
    expect(again).toMatchObject({ kind: "thread_reply", faq: { slug } });
    expect(listedAfter?.data).toEqual({ questions: [] });
  });
});
