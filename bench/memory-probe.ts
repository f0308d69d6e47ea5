import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStarterPack } from "../src/content/seed-starter-pack.js";
import { forumThreadStart, type IncomingThreadMessage } from "../src/core/faq/thread-reply-types.js";
import { starterPackActor } from "../src/services/community-directory.js";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/services/silent-logger.js";
import { openDatabase } from "../src/storage/sqlite/open-database.js";
import { createSqliteStores } from "../src/storage/sqlite/sqlite-stores.js";

/**
 * Run by bench/run.ts in a fresh process (node --expose-gc), so that the numbers are the bot's
 * own and not the benchmark's. Prints one JSON object.
 *
 *   loaded <db>        RSS after opening a database that holds many entries and answering questions
 *   messages <count> [db]  RSS every tenth of a stream of chat messages through the thread-reply
 *                          path, on the given database (or a fresh one with the starter pack)
 */

const megabytes = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

function settle(): { rssMb: number; heapUsedMb: number } {
  // With --expose-gc the heap is collected first, so a sample shows what is retained, not garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rssMb: megabytes(usage.rss), heapUsedMb: megabytes(usage.heapUsed) };
}

const questions = (
  JSON.parse(readFileSync(new URL("../test/fixtures/eval-messages.json", import.meta.url), "utf8")) as {
    messages: { text: string }[];
  }
).messages.map((message) => message.text);

async function loaded(path: string, queryCount: number) {
  const before = settle();
  const database = openDatabase(path);
  const services = createServices(createSqliteStores(database), silentLogger);
  const entries = await services.forCommunity("console").faq.entries.countPublished();
  const now = new Date("2026-11-26T12:00:00Z");
  for (let index = 0; index < queryCount; index++) {
    const text = questions[index % questions.length] ?? "?";
    await services.threadReplies.handle(
      forumThreadStart({
        platform: "console",
        spaceId: "console",
        channelId: "forum",
        threadId: `probe-${index}`,
        authorId: "member",
        text,
      }),
      now,
    );
  }
  const after = settle();
  database.close();
  return { entries, queries: queryCount, before, after };
}

/**
 * A forum's traffic: each thread is an opening question and nine replies; one reply in twenty
 * mentions the bot (and is matched), the rest are conversation the gate lets through cheaply.
 */
async function messages(count: number, existingDatabase: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), "gigdesk-memory-"));
  const database = openDatabase(existingDatabase ?? join(folder, "memory.sqlite"));
  try {
    const stores = createSqliteStores(database);
    const services = createServices(stores, silentLogger);
    // The existing bench database holds the console community; a new one gets the starter pack.
    if (!existingDatabase) {
      await stores.faq.transfer.applyStarterPack("console", loadStarterPack(), starterPackActor, new Date());
    }
    const samples: { messages: number; rssMb: number; heapUsedMb: number }[] = [{ messages: 0, ...settle() }];
    const step = Math.max(1, Math.floor(count / 10));
    const start = Date.UTC(2026, 10, 26);
    let answered = 0;
    const started = performance.now();
    for (let index = 0; index < count; index++) {
      const thread = Math.floor(index / 10);
      const opening = index % 10 === 0;
      const message: IncomingThreadMessage = {
        platform: "console",
        spaceId: "console",
        channelId: `channel-${thread % 25}`,
        channelKind: "forum",
        threadId: `thread-${thread}`,
        messageId: `message-${index}`,
        authorId: `member-${index % 997}`,
        authorName: `member ${index % 997}`,
        authorIsBot: false,
        isThreadStart: opening,
        mentionsBot: !opening && index % 20 === 5,
        text: questions[(index * 7) % questions.length] ?? "?",
      };
      const outcome = await services.threadReplies.handle(message, new Date(start + index * 1_000));
      if (outcome.kind === "thread_reply") {
        answered += 1;
        await services.threadReplies.recordDelivery(outcome.replyId, `posted-${index}`);
      }
      if ((index + 1) % step === 0) samples.push({ messages: index + 1, ...settle() });
    }
    const elapsedMs = performance.now() - started;
    return {
      entries: await services.forCommunity("console").faq.entries.countPublished(),
      messages: count,
      answered,
      messagesPerSecond: Math.round((count / elapsedMs) * 1000),
      samples,
    };
  } finally {
    database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const [mode, argument, extra] = process.argv.slice(2);
if (mode === "loaded" && argument) {
  process.stdout.write(`${JSON.stringify(await loaded(argument, Number(extra) || 20))}\n`);
} else if (mode === "messages") {
  process.stdout.write(`${JSON.stringify(await messages(Number(argument) || 100_000, extra))}\n`);
} else {
  process.stderr.write("usage: memory-probe.ts loaded <db> [queries] | messages <count> [db]\n");
  process.exitCode = 2;
}
