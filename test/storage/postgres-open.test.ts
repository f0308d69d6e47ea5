import { describe, expect, inject, it } from "vitest";
import { openStores } from "../../src/cli/open-stores.js";
import { StartupError } from "../../src/startup-error.js";
import { redactDatabaseUrl } from "../../src/storage/postgres/redact-database-url.js";
import { createTestDatabase } from "../support/postgres-server.js";

function serverUrl(): string {
  const server = inject("postgres");
  if ("problem" in server) throw new Error(`No PostgreSQL server for this test: ${server.problem}`);
  return server.url;
}

describe("opening the PostgreSQL engine", () => {
  it("is what DATABASE_URL selects; without it the SQLite file is used", async () => {
    const url = await createTestDatabase(serverUrl(), "open-stores");
    const postgres = await openStores({ databasePath: ":memory:", databaseUrl: url });
    try {
      expect(postgres.engine).toBe("postgres");
      expect(await postgres.stores.communities.ensureCommunity("c-open", new Date())).toEqual({
        created: true,
      });
    } finally {
      await postgres.close();
    }
    const sqlite = await openStores({ databasePath: ":memory:" });
    expect(sqlite.engine).toBe("sqlite");
    await sqlite.close();
  });

  it("refuses to start with an unreachable server, naming it without its password", async () => {
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
    const url = "postgres://gigdesk:hunter2@127.0.0.1:9/gigdesk";
    const error = await openStores({ databasePath: ":memory:", databaseUrl: url }).catch((caught) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect(String(error.message)).toContain("127.0.0.1:9");
    expect(String(error.message)).not.toContain("hunter2");
  });

  it("redacts the password of a URL and does not echo one it cannot parse", () => {
    expect(redactDatabaseUrl("postgres://bot:s3cret@db:5432/gigdesk")).toBe(
      "postgres://bot:***@db:5432/gigdesk",
    );
    expect(redactDatabaseUrl("postgres://db/gigdesk")).toBe("postgres://db/gigdesk");
    expect(redactDatabaseUrl("postgres://bot:s3cret@[bad")).not.toContain("s3cret");
  });
});
