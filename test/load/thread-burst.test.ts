import { describe, expect, it } from "vitest";
import { runThreadBurst } from "./thread-burst.js";

/** 1,000 in `npm test`; the benchmark runs 10,000 (LOAD_MESSAGES overrides both). */
const messages = Number(process.env.LOAD_MESSAGES) || 1_000;

describe(`load: a burst of ${messages} thread messages with 10% re-deliveries`, () => {
  it("answers or records every unique thread exactly once and never answers twice", async () => {
    const result = await runThreadBurst(messages);
    // Throughput is printed, never asserted: the machine is shared.
    console.log(
      `thread-reply burst: ${result.messages} messages in ${Math.round(result.elapsedMs)} ms = ${result.messagesPerSecond} msg/s; answered ${result.answered}, silent ${result.silent}, RSS MB ${result.rssMb.join(" ")}`,
    );
    expect(result.duplicates).toBe(Math.floor(messages / 10));
    expect(result.answered + result.silent).toBe(result.uniqueThreads);
    expect(result.duplicateAnswers).toBe(0);
    expect(result.threadsAnsweredTwice).toBe(0);
    // Every answer is one row, and every kept silence (a question the bot could have answered) is
    // listed once as unanswered; chit-chat and non-questions leave nothing behind.
    expect(result.threadAnswerRows).toBe(result.answered);
    expect(result.unansweredRows).toBe(result.silentKept + result.offers);
    expect(result.silentKept).toBeGreaterThan(0);
    expect(result.answered).toBeGreaterThan(0);
    expect(result.silent).toBeGreaterThan(0);
    // Coarse bound: the burst must not hold on to its messages (the benchmark's 100,000-message
    // run checks that growth levels off).
    const growth = Math.max(...result.rssMb) - (result.rssMb[0] ?? 0);
    expect(growth).toBeLessThan(256);
  });
});
