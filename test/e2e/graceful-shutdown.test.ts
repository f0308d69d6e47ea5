import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { freshDatabasePath, spawnBot } from "../support/run-bot-process.js";

describe("shutdown", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s after an answer exits 0 and closes the database",
    async (signal) => {
      const databasePath = freshDatabasePath();
      const child = spawnBot(["--json"], { DATABASE_PATH: databasePath }, ["pipe", "pipe", "pipe"]);
      let stdout = "";
      const firstAnswer = new Promise<void>((resolve) => {
        child.stdout?.on("data", (chunk) => {
          stdout += String(chunk);
          if (stdout.includes("\n")) resolve();
        });
      });
      const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      child.stdin?.write("/help\n");
      await firstAnswer;
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(JSON.parse(stdout.split("\n")[0] ?? "{}")).toMatchObject({ command: "help" });
      // A cleanly closed WAL database checkpoints and removes its -wal file.
      expect(existsSync(`${databasePath}-wal`)).toBe(false);
      expect(existsSync(databasePath)).toBe(true);
    },
  );
});
