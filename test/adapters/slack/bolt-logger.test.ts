import { describe, expect, it } from "vitest";
import { createBoltLogger, scrubSecrets } from "../../../src/adapters/slack/bolt-logger.js";
import { memoryLogger } from "../../support/memory-logger.js";

describe("Bolt's log lines", () => {
  it.each([
    ["the given secret", "signing with s3cr3t-value", ["s3cr3t-value"], "signing with [redacted]"],
    ["a bot token", "token=xoxb-123-456-abc", [], "token=[redacted]"],
    ["an app token", "Bearer xapp-1-A1-2-abc", [], "Bearer [redacted]"],
    [
      "nothing secret",
      "http request url: /api/chat.postMessage",
      [],
      "http request url: /api/chat.postMessage",
    ],
  ])("scrubs %s", (_name, line, secrets, expected) => {
    expect(scrubSecrets(line, secrets)).toBe(expected);
  });

  it("reach pino scrubbed, at their level", () => {
    const { logger, lines } = memoryLogger();
    const bolt = createBoltLogger(logger, ["topsecretvalue"]);
    bolt.warn("failed with", { token: "topsecretvalue" });
    expect(lines()).toEqual([
      expect.objectContaining({ level: 40, source: "bolt", msg: 'failed with {"token":"[redacted]"}' }),
    ]);
  });
});
