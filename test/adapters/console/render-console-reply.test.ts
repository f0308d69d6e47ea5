import { describe, expect, it } from "vitest";
import { renderConsoleReply } from "../../../src/adapters/console/render-console-reply.js";
import { message } from "../../../src/core/reply.js";
import { hostileEntry } from "../../fixtures/hostile-faq-text.js";

describe("renderConsoleReply", () => {
  it("prints FAQ text as typed, mentions included: a terminal pings nobody", () => {
    const printed = renderConsoleReply(
      message({ title: hostileEntry.question, body: hostileEntry.answer, data: {} }),
    );
    expect(printed).toContain(hostileEntry.question);
    expect(printed).toContain(hostileEntry.answer);
  });

  it("drops the control characters that would drive the terminal, keeping tabs and line breaks", () => {
    const printed = renderConsoleReply(
      message({
        title: "\u001b]0;owned\u0007Title",
        body: "red \u001b[31mtext\u001b[0m\tand\nmore\u009b2J",
        data: {},
      }),
    );
    expect(printed).toBe("]0;ownedTitle\n\nred [31mtext[0m\tand\nmore2J");
  });
});
