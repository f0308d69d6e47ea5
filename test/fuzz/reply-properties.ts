import { expect } from "vitest";
import type { Reply } from "../../src/core/reply.js";

/** Codes that mean "your input was refused": the text must say which option or command was at fault. */
const rejectionCodes = new Set(["invalid-input", "unknown-command", "not-allowed"]);

/**
 * The properties every reply to fuzzed input must have: a caught bug (internal-error) is a
 * failure, problems are private, and a rejection names what was wrong: an option of the command,
 * the command itself, or (for an unknown name) the name that was typed.
 */
export function expectWellFormedReply(
  reply: Reply,
  names: { command: string | null; options: readonly string[]; typed?: readonly string[] },
): void {
  expect(reply.code, reply.body).not.toBe("internal-error");
  expect(typeof reply.body).toBe("string");
  expect(reply.body.length).toBeGreaterThan(0);
  if (reply.kind !== "problem") return;
  expect(reply.visibility).toBe("private");
  if (!rejectionCodes.has(reply.code ?? "")) return;
  const body = reply.body.toLowerCase();
  const candidates = [
    ...(names.command ? [`/${names.command}`, names.command] : []),
    ...names.options.map((option) => `\`${option}\``),
    ...(names.typed ?? []).map((typed) => typed.slice(0, 40)),
  ].map((name) => name.toLowerCase());
  const named = candidates.some((name) => name.length > 0 && body.includes(name));
  expect(named, `the problem names none of ${candidates.join(", ")}: ${reply.body}`).toBe(true);
}
