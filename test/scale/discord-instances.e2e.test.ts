import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, inject, it } from "vitest";
import { FakeDiscordServer } from "../adapters/discord/fake-discord/fake-discord-server.js";
import { createTestDatabase } from "../support/postgres-server.js";
import { freshDatabasePath } from "../support/run-bot-process.js";
import {
  answerableQuestions,
  answersPerThread,
  applicationId,
  askInForum,
  type BotInstance,
  botUser,
  guildsOnShards,
  startInstance,
  stopInstance,
} from "./discord-fleet.js";

/**
 * Messages in the burst, 10% of them re-deliveries. The default keeps `npm test` short; the
 * issue's 10,000 runs with GIGDESK_FLEET_MESSAGES=10000 (npm run bench:fleet).
 */
const MESSAGES = Number(process.env.GIGDESK_FLEET_MESSAGES ?? 300);
const LEASE_SECONDS = 3;

const instances: BotInstance[] = [];
let fake: FakeDiscordServer | undefined;
afterEach(async () => {
  await Promise.all(instances.splice(0).map((instance) => stopInstance(instance, "SIGKILL")));
  await fake?.close();
  fake = undefined;
});

/** The shared database of the fleet: one SQLite file, or one fresh PostgreSQL database. */
const engines = [
  { name: "sqlite", database: async () => ({ DATABASE_PATH: freshDatabasePath() }) },
  {
    name: "postgres",
    database: async () => {
      const server = inject("postgres");
      if ("problem" in server) throw new Error(`no PostgreSQL server: ${server.problem}`);
      return { DATABASE_URL: await createTestDatabase(server.url, "fleet") };
    },
  },
];

describe.each(engines)(
  "three bot processes on one $name database, one shard each, against the fake Discord",
  (engine) => {
    it(
      "answers every thread exactly once through a handoff, re-deliveries and a SIGKILL mid-burst",
      async () => {
        const guilds = guildsOnShards(3, 2);
        const [main, ...otherGuilds] = guilds;
        if (!main) throw new Error("no guilds");
        fake = await FakeDiscordServer.start({ applicationId, botUser, guild: main, otherGuilds });
        const database = await engine.database();
        const shared = {
          ...database,
          DISCORD_SHARD_COUNT: "3",
          THREAD_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS),
        };
        const server = fake;
        const startShard = (shard: number) =>
          startInstance(server, `bot-${shard}`, { ...shared, DISCORD_SHARDS: String(shard) });
        // Each guild's community (and its starter pack) is made by one instance before the fleet
        // starts: first messages racing the creation of their community are a separate matter.
        // One process may run every shard: DISCORD_SHARD_COUNT alone.
        const warmUp = await startInstance(server, "bot-all", shared);
        await Promise.all(
          guilds.map((guild) => {
            const { threadId } = askInForum(server, guild, answerableQuestions[0] ?? "");
            return server.waitForRequest(
              (request) => request.path === `/channels/${threadId}/messages`,
              20_000,
            );
          }),
        );
        await stopInstance(warmUp);
        expect(fake.identifies.map((identify) => (identify as { shard: number[] }).shard).sort()).toEqual([
          [0, 3],
          [1, 3],
          [2, 3],
        ]);
        fake.identifies.length = 0;
        instances.push(...(await Promise.all([0, 1, 2].map(startShard))));
        // A handoff: shard 0's replacement connects while the old session still runs, so both get
        // shard 0's events (Discord allows two sessions on one [shard, count] for exactly this).
        const replacement = await startInstance(server, "bot-0-new", { ...shared, DISCORD_SHARDS: "0" });
        instances.push(replacement);
        expect(fake.identifies.map((identify) => (identify as { shard: number[] }).shard).sort()).toEqual([
          [0, 3],
          [0, 3],
          [1, 3],
          [2, 3],
        ]);

        const duplicates = Math.floor(MESSAGES / 10);
        const unique = MESSAGES - duplicates;
        const asked: ReturnType<typeof askInForum>[] = [];
        const started = Date.now();
        for (let index = 0; index < unique; index++) {
          const guild = guilds[index % guilds.length] ?? main;
          asked.push(
            askInForum(fake, guild, answerableQuestions[index % answerableQuestions.length] ?? "", index + 1),
          );
          // Every tenth thread is delivered again a few messages later, as a gateway replay would.
          const again = index >= 5 && index % 9 === 0 ? asked[index - 5] : undefined;
          if (again) fake.dispatch("MESSAGE_CREATE", again.opening);
          // The old shard-0 process dies mid-burst, between whatever claims and posts it had going.
          const old = instances[0];
          if (index === Math.floor(unique / 2) && old) await stopInstance(old, "SIGKILL");
          if (index % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const threadIds = asked.map((question) => question.threadId);
        // Until every thread has its answer, or the deadline: then the counts below say what is missing.
        const deadline = Date.now() + 30_000 + MESSAGES * 20;
        const allAnswered = () =>
          [...answersPerThread(server, threadIds).values()].every((count) => count >= 1);
        while (!allAnswered() && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 200));
        const elapsedMs = Date.now() - started;
        // Late posts of a claim that lost its lease would show up now: give them a moment.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const counts = [...answersPerThread(fake, threadIds).values()];
        const doubles = counts.filter((n) => n > 1).length;
        const lost = counts.filter((n) => n === 0).length;
        const posts = fake.requests.filter(
          (request) => request.method === "POST" && /^\/channels\/\d+\/messages$/.test(request.path),
        );
        console.log(
          JSON.stringify({
            bench: `discord-fleet-${engine.name}`,
            messages: MESSAGES,
            threads: unique,
            doubles,
            lost,
            posts: posts.length,
            nonceRepeats: fake.nonces.repeats,
            elapsedMs,
            threadsPerSecond: Math.round((unique / elapsedMs) * 1000),
          }),
        );
        if (lost > 0 && "DATABASE_PATH" in database) {
          const missing = threadIds.filter((id) => answersPerThread(server, [id]).get(id) === 0);
          const sqlite = new BetterSqlite3(database.DATABASE_PATH, { readonly: true });
          const rows = missing.map((id) =>
            sqlite.prepare("select * from thread_answers where thread_id = ?").get(id),
          );
          console.log(
            "missing",
            JSON.stringify(rows),
            JSON.stringify(
              sqlite
                .prepare(
                  "select * from unanswered_questions where thread_id in (" +
                    missing.map(() => "?").join(",") +
                    ")",
                )
                .all(...missing),
            ),
          );
          sqlite.close();
        }
        if (lost > 0)
          for (const instance of instances)
            console.log(
              instance.name,
              instance
                .stderr()
                .split("\n")
                .filter(
                  (line) =>
                    (/"level":(40|50)/.test(line) && !line.includes("rate limited")) ||
                    line.includes("abandoned"),
                )
                .slice(0, 3)
                .map((line) => line.slice(0, 600)),
            );
        expect({ doubles, lost }).toEqual({ doubles: 0, lost: 0 });
        // Every post carried the thread's nonce, enforced.
        for (const post of posts) {
          const body = post.body as { nonce?: string; enforce_nonce?: boolean };
          expect(body.enforce_nonce).toBe(true);
          expect(post.path).toBe(`/channels/${body.nonce}/messages`);
        }
      },
      180_000 + MESSAGES * 30,
    );
  },
);
