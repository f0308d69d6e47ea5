import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresMigrationsFolder } from "../../src/storage/postgres/migrate-postgres.js";
import { migrationsFolder, openDatabase } from "../../src/storage/sqlite/open-database.js";

describe("migrations", () => {
  it("create the FTS5 table with porter stemming and its three sync triggers", () => {
    const { sqlite, close } = openDatabase(":memory:");
    try {
      const fts = sqlite.prepare("select sql from sqlite_master where name = 'faq_fts'").get() as {
        sql: string;
      };
      expect(fts.sql).toMatch(/fts5/i);
      expect(fts.sql).toMatch(/porter unicode61/);
      const triggers = (
        sqlite
          .prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'faq_entries'")
          .all() as {
          name: string;
        }[]
      ).map((row) => row.name);
      expect(triggers.sort()).toEqual([
        "faq_entries_fts_after_delete",
        "faq_entries_fts_after_insert",
        "faq_entries_fts_after_update",
      ]);
    } finally {
      close();
    }
  });

  it.each([
    { dialect: "sqlite", folder: migrationsFolder, schema: "./src/storage/sqlite/schema/*.ts" },
    { dialect: "postgresql", folder: postgresMigrationsFolder, schema: "./src/storage/postgres/schema/*.ts" },
  ])(
    "match the $dialect drizzle schema: drizzle-kit generate finds nothing to add",
    ({ dialect, folder: source, schema }) => {
      // Generate into a copy so a drift never writes into the real migrations folder.
      const folder = mkdtempSync(join(tmpdir(), "gigdesk-migrations-"));
      try {
        cpSync(source, folder, { recursive: true });
        const before = readdirSync(folder).sort();
        const root = new URL("../..", import.meta.url).pathname;
        const result = spawnSync(
          process.execPath,
          [
            "node_modules/drizzle-kit/bin.cjs",
            "generate",
            `--dialect=${dialect}`,
            `--schema=${schema}`,
            // drizzle-kit prefixes "./" to --out, so it must be relative to the working directory.
            `--out=${relative(root, folder)}`,
          ],
          { cwd: root, encoding: "utf8" },
        );
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/No schema changes/);
        expect(readdirSync(folder).sort()).toEqual(before);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
