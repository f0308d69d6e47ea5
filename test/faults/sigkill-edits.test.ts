import { afterEach, describe, expect, it } from "vitest";
import { readStarterEntries } from "../../bench/generate-entries.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { freshDatabasePath } from "../support/run-bot-process.js";
import { type KillableProcess, startKillable } from "./killable-process.js";

/** Edits piped to the console; the process is killed after a random number of them were acknowledged. */
const editCount = Number(process.env.FAULT_EDITS) || 400;

let running: KillableProcess | undefined;
afterEach(() => running?.kill());

const slugs = readStarterEntries().map((entry) => entry.slug);
const marker = (index: number) => `burst-edit-${index}-end`;
const editLine = (index: number) =>
  `/faq edit slug:${slugs[index % slugs.length]} answer:"Checked again during the curation burst: ${marker(index)}. The rest of the answer stays as the moderators wrote it." reason:"burst ${index}"`;

function startConsole(databasePath: string): KillableProcess {
  return startKillable(["start", "--silent", "--", "--json", "--moderator", "--user", "burst-mod"], {
    DATABASE_PATH: databasePath,
  });
}

describe("fault: SIGKILL in the middle of a burst of curation edits", () => {
  it("keeps every acknowledged edit, with its history, in an intact database", async () => {
    const databasePath = freshDatabasePath();
    const killAfter = 20 + Math.floor(Math.random() * Math.floor(editCount / 2));
    running = startConsole(databasePath);
    const acknowledged: number[] = [];
    running.onLine((line) => {
      const output = JSON.parse(line) as { input?: string; kind?: string; data?: { action?: string } };
      const index = Number(/burst-edit-(\d+)-end/.exec(output.input ?? "")?.[1]);
      // An edit counts as acknowledged once its success line is printed (after the commit).
      if (output.kind === "message" && output.data?.action === "edited") acknowledged.push(index);
      if (acknowledged.length === killAfter) running?.kill();
    });
    running.child.stdin.write(
      `${Array.from({ length: editCount }, (_unused, index) => editLine(index)).join("\n")}\n`,
    );
    const exit = await running.exited;
    expect(exit.signal, `the burst ended before the kill: ${running.stderr().slice(0, 400)}`).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

    const database = openDatabase(databasePath);
    try {
      expect(database.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      database.sqlite.prepare("INSERT INTO faq_fts(faq_fts) VALUES ('integrity-check')").run();
      const current = database.sqlite.prepare<[string], { answer: string; version: number; id: number }>(
        "SELECT answer, version, id FROM faq_entries WHERE slug = ?",
      );
      const revisions = database.sqlite.prepare<[number], { answer: string }>(
        "SELECT answer FROM faq_revisions WHERE entry_id = ?",
      );
      for (const index of acknowledged) {
        const slug = slugs[index % slugs.length] ?? "";
        const entry = current.get(slug);
        expect(entry, slug).toBeDefined();
        if (!entry) continue;
        // The acknowledged text is either current or kept as a revision under a later edit.
        const texts = [entry.answer, ...revisions.all(entry.id).map((revision) => revision.answer)];
        expect(
          texts.some((text) => text.includes(marker(index))),
          `${marker(index)} lost`,
        ).toBe(true);
        // Every version but the current one is a revision: no half-written change.
        expect(revisions.all(entry.id)).toHaveLength(entry.version - 1);
      }
    } finally {
      database.close();
    }

    // The bot starts again on the same file and shows the last acknowledged text (or a later one).
    const last = acknowledged.at(-1) ?? 0;
    running = startConsole(databasePath);
    const shown = new Promise<string>((resolve) => running?.onLine(resolve));
    running.child.stdin.end(`/faq show slug:${slugs[last % slugs.length]}\n`);
    const restarted = JSON.parse(await shown) as { kind: string; text: string };
    expect(restarted.kind).toBe("message");
    const shownIndex = Number(/burst-edit-(\d+)-end/.exec(restarted.text)?.[1]);
    expect(shownIndex).toBeGreaterThanOrEqual(last);
    expect((await running.exited).code).toBe(0);
  }, 60_000);
});
