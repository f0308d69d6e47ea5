import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../../src/storage/sqlite/open-database.js";
import { openTestBot } from "../support/test-bot.js";

// Issue 13: a database written by the first release (rows taken from a real 0.1 database, see
// madeBy in the fixture) is opened by today's code. Nothing may be lost, and every row must land in
// the community the migration's rules give it.

type Row = Record<string, unknown>;
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/release-0.1-rows.json", import.meta.url), "utf8"),
) as { madeBy: string; rows: Record<string, Row[]> };
const rows = fixture.rows;
/** Parents before children, so the first release's foreign keys hold while the rows go in. */
const insertOrder = [
  "faq_entries",
  "faq_revisions",
  "faq_suggestions",
  "community_settings",
  "audit_log",
  "thread_answers",
  "thread_feedback",
  "unanswered_questions",
  "channel_answer_times",
];
const firstReleaseMigrations = 3;

let folder: string;
let path: string;
let bot: ReturnType<typeof openTestBot>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "gigdesk-upgrade-"));
  path = join(folder, "gigdesk.sqlite");
  writeFirstReleaseDatabase(path, join(folder, "migrations-0.1"));
  bot = openTestBot({ path, clock: () => new Date("2026-12-02T00:00:00Z") });
});
afterAll(() => {
  bot?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Builds the first release's schema from its own three migrations, then writes the fixture rows. */
function writeFirstReleaseDatabase(file: string, oldMigrations: string): void {
  mkdirSync(join(oldMigrations, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  journal.entries = journal.entries.slice(0, firstReleaseMigrations);
  writeFileSync(join(oldMigrations, "meta", "_journal.json"), JSON.stringify(journal));
  for (const { tag } of journal.entries as { tag: string }[]) {
    copyFileSync(join(migrationsFolder, `${tag}.sql`), join(oldMigrations, `${tag}.sql`));
  }
  const sqlite = new BetterSqlite3(file);
  try {
    migrate(drizzle(sqlite), { migrationsFolder: oldMigrations });
    for (const table of insertOrder) {
      for (const row of rows[table] ?? []) {
        const columns = Object.keys(row);
        sqlite
          .prepare(
            `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          )
          .run(...columns.map((column) => row[column]));
      }
    }
  } finally {
    sqlite.close();
  }
}

function all(sql: string): Row[] {
  return bot.database.sqlite.prepare(sql).all() as Row[];
}

describe("upgrading a first-release database", () => {
  it("the fixture covers every table the first release wrote", () => {
    expect(fixture.madeBy).toMatch(/^gigdesk 0\.1\.0/);
    for (const table of insertOrder) expect(rows[table]?.length, table).toBeGreaterThan(0);
  });

  it("keeps every row of every table", () => {
    for (const table of insertOrder) {
      expect(all(`SELECT count(*) AS n FROM ${table}`)[0]?.n, table).toBe(rows[table]?.length);
    }
  });

  it("keeps every entry's content, status and version, in the community whose moderator set it up", () => {
    const upgraded = new Map(all("SELECT * FROM faq_entries").map((row) => [row.id, row]));
    for (const old of rows.faq_entries ?? []) {
      const row = upgraded.get(old.id);
      const content = ["slug", "question", "answer", "aliases", "tags", "sources", "criteria", "status"];
      for (const column of [...content, "version", "review_by", "created_at", "updated_at"]) {
        expect(row?.[column], `${old.slug}.${column}`).toEqual(old[column]);
      }
      // guild-1 is the one space with settings, so today's FAQ is its community's.
      expect(row?.community_id).toBe("discord-guild-1");
    }
  });

  it("keeps revisions and the queue, and the approved suggestion still points at its entry", () => {
    expect(all("SELECT entry_id, version, answer, reason FROM faq_revisions")).toEqual(
      (rows.faq_revisions ?? []).map(({ entry_id, version, answer, reason }) => ({
        entry_id,
        version,
        answer,
        reason,
      })),
    );
    const suggestions = all(
      "SELECT id, community_id, space_id, status, created_entry_id FROM faq_suggestions",
    );
    expect(suggestions).toEqual(
      (rows.faq_suggestions ?? []).map((old) => ({
        id: old.id,
        community_id: "discord-guild-1",
        space_id: old.community_id,
        status: old.status,
        created_entry_id: old.created_entry_id,
      })),
    );
  });

  it("gives settings, thread answers and unanswered questions to the community of the space they came from", () => {
    expect(all("SELECT community_id, space_id, platform FROM thread_answers ORDER BY id")).toEqual([
      { community_id: "discord-guild-1", space_id: "guild-1", platform: "discord" },
      { community_id: "slack-T0002", space_id: "T0002", platform: "slack" },
    ]);
    expect(all("SELECT community_id FROM unanswered_questions")).toEqual([
      { community_id: "discord-guild-1" },
    ]);
    expect(all("SELECT community_id, channel_id FROM channel_answer_times")).toEqual([
      { community_id: "discord-guild-1", channel_id: "forum-1" },
    ]);
    const [settings] = all("SELECT community_id, settings FROM community_settings");
    expect(settings?.community_id).toBe("discord-guild-1");
    // One shadow channel per platform now, since a linked community has a channel on each side.
    const parsed = JSON.parse(String(settings?.settings));
    expect(parsed.shadowChannels).toEqual({ discord: "mods-1" });
    expect(parsed).not.toHaveProperty("shadowChannelId");
    expect(parsed.confidenceThreshold).toBe(0.75);
  });

  it("keeps the audit trail, with who acted from which space", () => {
    const audit = all("SELECT id, community_id, actor, space_id, action FROM audit_log ORDER BY id");
    expect(audit).toEqual(
      (rows.audit_log ?? []).map((old) => ({
        id: old.id,
        community_id: "discord-guild-1",
        actor: old.actor,
        space_id: old.community,
        action: old.action,
      })),
    );
  });

  it("makes a community for every space seen, and each space belongs to its own", () => {
    expect(all("SELECT id FROM communities ORDER BY id").map((row) => row.id)).toEqual([
      "console",
      "discord-guild-1",
      "slack-T0002",
    ]);
    expect(
      all("SELECT platform, space_id, community_id FROM community_spaces ORDER BY community_id"),
    ).toEqual([
      { platform: "console", space_id: "console", community_id: "console" },
      { platform: "discord", space_id: "guild-1", community_id: "discord-guild-1" },
      { platform: "slack", space_id: "T0002", community_id: "slack-T0002" },
    ]);
  });

  it("serves the upgraded FAQ through today's services: local edits kept, archived entries not found", async () => {
    await bot.bot.communities.refreshStarterPacks(new Date("2026-12-02T00:00:00Z"));
    const guild = bot.bot.forCommunity("discord-guild-1");
    const edited = await guild.faq.entries.getBySlug("conversion-fee");
    const localWording = rows.faq_entries?.find((row) => row.slug === "conversion-fee")?.answer;
    expect(edited).toMatchObject({ version: 2, answer: localWording });
    const { best } = await guild.faqSearch.search("how long until the top rated badge shows up", 2);
    expect(best?.entry.slug).toBe("top-rated-badge-delay");
    const archived = await guild.faq.entries.getBySlug("service-fee-history");
    expect(archived?.status).toBe("archived");
    const found = await guild.faqSearch.search("history of the upwork service fee", 2);
    expect(found.best?.entry.slug).not.toBe("service-fee-history");
    // The guild's own entry is there for the guild, and for no one else.
    expect(await guild.faq.entries.getBySlug("guild-rules")).not.toBeNull();
    expect(await bot.bot.forCommunity("slack-T0002").faq.entries.getBySlug("guild-rules")).toBeNull();
  });
});
