import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../../bench/generate-entries.js";
import type { IncomingThreadMessage } from "../../src/core/faq/thread-reply-types.js";
import { silentLogger } from "../../src/services/silent-logger.js";
import { openTestBot } from "../support/test-bot.js";

/**
 * The load scenario shared by test/load (a few thousand messages, every `npm test`) and the
 * benchmark (10,000): a burst of opening posts, 10% of them delivered a second time later in the
 * stream (as Slack retries and gateway replays do), pushed through the real thread-reply service
 * as fast as it accepts them. Re-deliveries go to a second service on its own connection to the
 * same database file, like a second running copy of the bot.
 */

export interface BurstResult {
  messages: number;
  uniqueThreads: number;
  duplicates: number;
  /** First deliveries that got an answer to post. */
  answered: number;
  /** Of the answered threads, those that got "Might help" offers instead of an answer. */
  offers: number;
  /** First deliveries the bot stayed silent on. */
  silent: number;
  /** Of those, the silences the bot lists as unanswered (the others leave no row). */
  silentKept: number;
  /** Re-deliveries that (wrongly) got an answer to post. */
  duplicateAnswers: number;
  /** Rows in the database after the burst. */
  threadAnswerRows: number;
  unansweredRows: number;
  /** Threads with more than one answer row (must be 0). */
  threadsAnsweredTwice: number;
  elapsedMs: number;
  messagesPerSecond: number;
  /** Resident set size in MB, sampled every tenth of the burst. */
  rssMb: number[];
}

const evalMessages = (
  JSON.parse(readFileSync(new URL("../fixtures/eval-messages.json", import.meta.url), "utf8")) as {
    messages: { text: string }[];
  }
).messages.map((message) => message.text);

/** Ways people open the same question, so texts vary the way a busy forum's do. */
const openers = ["", "Hi all, ", "Quick one: ", "Sorry if this was asked before, ", "Hey! ", "Newbie here. "];

export function burstMessages(count: number, seed = 9): { stream: IncomingThreadMessage[]; unique: number } {
  const random = seededRandom(seed);
  const duplicates = Math.floor(count / 10);
  const unique = count - duplicates;
  const firsts: IncomingThreadMessage[] = [];
  for (let index = 0; index < unique; index++) {
    const text = evalMessages[index % evalMessages.length] ?? "?";
    const opener = openers[Math.floor(random() * openers.length)] ?? "";
    firsts.push({
      platform: "discord",
      spaceId: "load-guild",
      channelId: `forum-${index % 20}`,
      channelKind: "forum",
      threadId: `thread-${index}`,
      messageId: `thread-${index}`,
      authorId: `member-${index % 500}`,
      authorName: `member ${index % 500}`,
      authorIsBot: false,
      isThreadStart: true,
      mentionsBot: false,
      text: `${opener}${text}`,
    });
  }
  // Each duplicate repeats an earlier first delivery, inserted at a random later point.
  const stream = [...firsts];
  for (let copy = 0; copy < duplicates; copy++) {
    const original = Math.floor(random() * unique);
    const source = firsts[original];
    if (!source) continue;
    const position = original + 1 + Math.floor(random() * (stream.length - original));
    stream.splice(position, 0, { ...source });
  }
  return { stream, unique };
}

/**
 * Silences the bot keeps no row for: nobody asked it, or it was not a question (issue 15: only
 * what a feature uses is stored about members).
 */
const silencesNotKept = new Set(["bot-author", "not-addressed", "channel-off", "not-a-question"]);

export async function runThreadBurst(count: number): Promise<BurstResult> {
  const folder = mkdtempSync(join(tmpdir(), "gigdesk-load-"));
  const path = join(folder, "load.sqlite");
  // Two connections to one file, as two bot processes; the server's community (with the starter
  // pack) is created by the first message either of them sees.
  const one = openTestBot({ path, logger: silentLogger });
  const two = openTestBot({ path, logger: silentLogger });
  const primary = one.database;
  const secondary = two.database;
  try {
    const first = one.bot;
    const second = two.bot;
    const { stream, unique } = burstMessages(count);
    const seen = new Set<string>();
    let answered = 0;
    /** Offers are posted, and also listed as unanswered so a moderator can teach the right entry. */
    let offers = 0;
    let silent = 0;
    let silentKept = 0;
    let duplicateAnswers = 0;
    const rssMb: number[] = [];
    const sampleEvery = Math.max(1, Math.floor(stream.length / 10));
    const now = new Date("2026-11-26T12:00:00Z");
    const started = performance.now();
    for (const [index, message] of stream.entries()) {
      const isDuplicate = seen.has(message.messageId);
      seen.add(message.messageId);
      const service = isDuplicate ? second.threadReplies : first.threadReplies;
      const outcome = await service.handle(message, now);
      // A "Might help" offer claims the thread like an answer: both are posts that must happen once.
      const posted = outcome.kind === "thread_reply" || outcome.kind === "thread_offer";
      if (isDuplicate) {
        if (posted) duplicateAnswers += 1;
      } else if (posted) {
        answered += 1;
        if (outcome.kind === "thread_offer") offers += 1;
      } else {
        silent += 1;
        if (outcome.kind === "silent" && !silencesNotKept.has(outcome.reason)) silentKept += 1;
      }
      if (index % sampleEvery === 0) rssMb.push(Math.round(process.memoryUsage().rss / 1_048_576));
    }
    const elapsedMs = performance.now() - started;
    const count1 = (sql: string) => (primary.sqlite.prepare(sql).get() as { n: number }).n;
    return {
      messages: stream.length,
      uniqueThreads: unique,
      duplicates: stream.length - unique,
      answered,
      offers,
      silent,
      silentKept,
      duplicateAnswers,
      threadAnswerRows: count1("SELECT count(*) AS n FROM thread_answers"),
      unansweredRows: count1("SELECT count(*) AS n FROM unanswered_questions"),
      threadsAnsweredTwice: count1(
        "SELECT count(*) AS n FROM (SELECT 1 FROM thread_answers GROUP BY platform, community_id, thread_id HAVING count(*) > 1)",
      ),
      elapsedMs,
      messagesPerSecond: Math.round((stream.length / elapsedMs) * 1000),
      rssMb,
    };
  } finally {
    secondary.close();
    primary.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
