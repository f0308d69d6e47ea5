import type { ChildProcess } from "node:child_process";
import type { FakeDiscordServer } from "../adapters/discord/fake-discord/fake-discord-server.js";
import { fakeMembers, memberMessage, newForumThread } from "../adapters/discord/fake-discord/fake-events.js";
import { type FakeGuild, fakeGuild } from "../adapters/discord/fake-discord/fake-guild.js";
import { shardOfGuild } from "../adapters/discord/fake-discord/fake-shards.js";
import { spawnBot } from "../support/run-bot-process.js";

export const applicationId = "900000000000000001";
export const botUser = { id: "900000000000000002", username: "gigdesk" };

/** Questions the starter pack answers with confidence, so every thread of the burst deserves one. */
export const answerableQuestions = [
  "How long does it take for the Top Rated badge to appear once I qualify?",
  "What are the requirements for Top Rated?",
  "What do I need to get the Rising Talent badge?",
];

/** `perShard` guilds on each of `shardCount` shards, found by Discord's own routing formula. */
export function guildsOnShards(shardCount: number, perShard: number): FakeGuild[] {
  const found: FakeGuild[][] = Array.from({ length: shardCount }, () => []);
  // fakeGuild ids step by 1,000; a shard's block of ids is 2^22 wide, so step a block at a time.
  for (let number = 0; found.some((list) => list.length < perShard); number += 4_200) {
    const guild = fakeGuild(number);
    const list = found[shardOfGuild(guild.id, shardCount)];
    if (list && list.length < perShard) list.push(guild);
  }
  return found.flat();
}

export interface BotInstance {
  name: string;
  child: ChildProcess;
  stderr: () => string;
}

/** One real bot process (the built bundle) on the shared database, running the given shards. */
export function startInstance(
  fake: FakeDiscordServer,
  name: string,
  environment: Record<string, string>,
): Promise<BotInstance> {
  const child = spawnBot(
    [],
    {
      DISCORD_TOKEN: "fleet-token",
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_API_URL: fake.apiUrl,
      INSTANCE_ID: name,
      LOG_LEVEL: "info",
      ...environment,
    },
    ["ignore", "ignore", "pipe"],
  );
  let stderr = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready in 30 s:\n${stderr}`)), 30_000);
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
      if (stderr.includes("discord adapter ready")) {
        clearTimeout(timer);
        resolve({ name, child, stderr: () => stderr });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${stderr}`));
    });
  });
}

export function stopInstance(instance: BotInstance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) return resolve();
    instance.child.removeAllListeners("exit");
    instance.child.once("exit", () => resolve());
    instance.child.kill(signal);
  });
}

/** A forum post: THREAD_CREATE, then its opening message (kept so a sweep can fetch it again). */
export function askInForum(fake: FakeDiscordServer, guild: FakeGuild, text: string, askerNumber = 0) {
  // A different member per question: one member asking hundreds would meet the flood limit.
  const asker = { ...fakeMembers.asker, id: String(200_000_000_000_000_000n + BigInt(askerNumber)) };
  const thread = newForumThread(fake, { title: "Question", owner: asker, guild });
  fake.dispatch("THREAD_CREATE", thread);
  const opening = memberMessage(fake, {
    id: thread.id,
    author: asker,
    channelId: thread.id,
    content: text,
    guild,
  });
  fake.rememberMessage(opening);
  fake.dispatch("MESSAGE_CREATE", opening);
  return { threadId: thread.id, opening };
}

/** Per thread: how many distinct messages the bot created in it (the nonce folds repeats into one). */
export function answersPerThread(fake: FakeDiscordServer, threadIds: readonly string[]): Map<string, number> {
  const created = new Map<string, Set<string>>(threadIds.map((id) => [id, new Set()]));
  for (const request of fake.requests) {
    const match = request.method === "POST" ? /^\/channels\/(\d+)\/messages$/.exec(request.path) : null;
    const ids = match?.[1] ? created.get(match[1]) : undefined;
    const id = (request.response as { id?: unknown } | null)?.id;
    if (ids && request.status === 200 && typeof id === "string") ids.add(id);
  }
  return new Map([...created].map(([thread, ids]) => [thread, ids.size]));
}
