import { existsSync } from "node:fs";
import { connect } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, startPostgresServer } from "./postgres-server.js";

async function query<T>(url: string, statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

// The run's shared server is started by test/global-setup.ts; this one is the helper's own proof.
describe("the throwaway PostgreSQL server of the tests", () => {
  it("listens on loopback only with its socket in its own folder, keeps databases apart, and leaves nothing behind", async () => {
    const server = await startPostgresServer();
    const port = Number(new URL(server.url).port);
    try {
      expect(new URL(server.url).hostname).toBe("127.0.0.1");
      const [settings] = await query<{ listen: string; sockets: string }>(
        server.url,
        "select current_setting('listen_addresses') as listen, current_setting('unix_socket_directories') as sockets",
      );
      expect(settings).toEqual({ listen: "127.0.0.1", sockets: server.folder });
      const first = await createTestDatabase(server.url, "first file");
      const second = await createTestDatabase(server.url, "second file");
      expect(first).not.toBe(second);
      await query(first, "create table only_in_first (id int)");
      const [seen] = await query<{ found: string | null }>(
        second,
        "select to_regclass('only_in_first') as found",
      );
      expect(seen?.found).toBeNull();
    } finally {
      server.stop();
    }
    expect(existsSync(server.folder)).toBe(false);
    expect(await portOpen(port)).toBe(false);
    server.stop();
  });
});
