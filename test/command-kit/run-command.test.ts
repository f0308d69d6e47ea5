import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type CommandEntry, defineCommand } from "../../src/command-kit/command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import { message } from "../../src/core/reply.js";
import type { Services } from "../../src/ports/services.js";
import { memoryLogger } from "../support/memory-logger.js";

const echo = defineCommand({
  name: "echo",
  description: "Echo the options back",
  options: z.object({
    jss: z.number().min(0).max(100).optional().describe("Job Success Score"),
    weeks: z.int().min(0).max(16).optional().describe("Eligible weeks"),
    split: z.enum(["none", "quarterly", "monthly"]).default("none").describe("How to split"),
    exclusive: z.boolean().default(true).describe("Exclusive deal"),
    history: z
      .string()
      .regex(/^[01]{16}$/, "16 characters of 1 and 0, oldest week first")
      .optional()
      .describe("Week history"),
    note: z.string().max(200).optional().describe("Free text"),
  }),
  permission: "everyone",
  restOption: "note",
  examples: ["echo jss:95"],
  refine: (input) =>
    input.jss !== undefined && input.weeks === 0 ? "Give weeks above 0 with jss." : undefined,
  run: (input) => message({ body: "ok", data: input }),
});

const guarded = defineCommand({
  name: "guarded",
  description: "Moderators only",
  options: z.object({}),
  permission: "moderator",
  examples: ["guarded"],
  run: () => message({ body: "done", data: { changed: true } }),
});

const broken = defineCommand({
  name: "broken",
  description: "Throws a bug",
  options: z.object({}),
  permission: "everyone",
  examples: ["broken"],
  run: () => {
    throw new Error("database exploded with token xoxb-secret");
  },
});

const group: CommandEntry = { name: "faq", description: "FAQ", subcommands: [guarded, echo] };

function context(isModerator = false) {
  const log = memoryLogger();
  const actor: Actor = {
    platform: "console",
    spaceId: "c",
    communityId: "c",
    userId: "u",
    displayName: "u",
    isModerator,
  };
  // Only the logger is read by runCommand; the stores are never touched.
  const services = { logger: log.logger } as unknown as Services;
  const commands = [echo, guarded, broken, group];
  return { ctx: { actor, services, commands, now: new Date("2026-11-26T00:00:00Z") }, log };
}

describe("runCommand", () => {
  it("runs valid input and returns the command's reply", async () => {
    const reply = await runCommand(echo, { jss: 95 }, context().ctx);
    expect(reply.kind).toBe("message");
    expect(reply.data).toEqual({ jss: 95, split: "none", exclusive: true });
  });

  it.each([
    [{ jss: 140 }, "jss", /from 0 to 100/],
    [{ jss: "abc" }, "jss", /number from 0 to 100/],
    [{ weeks: 3.5 }, "weeks", /whole number from 0 to 16/],
    [{ split: "yearly" }, "split", /`none`, `quarterly`, `monthly`/],
    [{ exclusive: "maybe" }, "exclusive", /yes or no/],
    [{ history: "10x1" }, "history", /16 characters of 1 and 0/],
  ])("refuses %j naming %s", async (input, option, expected) => {
    const reply = await runCommand(echo, input, context().ctx);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input", visibility: "private" });
    expect(reply.data).toMatchObject({ option });
    expect(reply.body).toMatch(expected);
    expect(reply.body).toContain("Usage: `/echo [jss:<number 0-100>]");
  });

  it("quotes a hostile value without calling its toString", async () => {
    const reply = await runCommand(echo, { jss: { toString: 5 }, split: { count: 1n } }, context().ctx);
    expect(reply).toMatchObject({ kind: "problem", code: "invalid-input" });
    expect(reply.body).toContain("`jss`");
  });

  it("reports an unknown option with a suggestion", async () => {
    const reply = await runCommand(echo, { jsss: 1 }, context().ctx);
    expect(reply.code).toBe("invalid-input");
    expect(reply.body).toContain("Did you mean `jss`?");
  });

  it("applies the cross-option rule after validation", async () => {
    const reply = await runCommand(echo, { jss: 95, weeks: 0 }, context().ctx);
    expect(reply.code).toBe("invalid-input");
    expect(reply.body).toContain("Give weeks above 0 with jss.");
  });

  it("refuses a moderator command to others and runs it for moderators", async () => {
    const refused = await runCommand(guarded, {}, context(false).ctx);
    expect(refused).toMatchObject({ kind: "problem", code: "not-allowed", visibility: "private" });
    const allowed = await runCommand(guarded, {}, context(true).ctx);
    expect(allowed.data).toEqual({ changed: true });
  });

  it("turns a thrown bug into a private reply with a logged reference and no secret", async () => {
    const { ctx, log } = context();
    const reply = await runCommand(broken, {}, ctx);
    expect(reply).toMatchObject({ kind: "problem", code: "internal-error", visibility: "private" });
    const reference = (reply.data as { reference: string }).reference;
    expect(reply.body).toContain(reference);
    expect(reply.body).not.toContain("xoxb");
    const logged = log.lines().find((line) => line.reference === reference);
    expect(logged?.msg).toBe("command failed");
  });
});

describe("runTextCommand", () => {
  it.each([
    ["/echo jss:95 exclusive:no split:Quarterly", { jss: 95, exclusive: false, split: "quarterly" }],
    ["/echo jss:$1,095", undefined],
    ["/echo exclusive:on", { exclusive: true }],
    ["/echo exclusive:off", { exclusive: false }],
    ["/echo exclusive:TRUE", { exclusive: true }],
    ["/echo jss:95% whatever is left", { jss: 95, note: "whatever is left" }],
    ["/faq echo weeks:3", { weeks: 3 }],
  ])("%s", async (line, expected) => {
    const { reply } = await runTextCommand(line, context(true).ctx);
    if (expected === undefined) expect(reply.kind).toBe("problem");
    else expect(reply.data).toMatchObject(expected);
  });

  it.each([
    ["/nosuch", "unknown-command", "There is no command `/nosuch`"],
    ["/ecko jss:1", "unknown-command", "Did you mean `/echo`?"],
    ["/faq", "unknown-command", "Choose one of: guarded, echo"],
    ["/faq gaurded", "unknown-command", "Did you mean `/faq guarded`?"],
    ["/echo jss:1 jss:2", "invalid-input", "given more than once"],
    ['/echo jss:"95', "invalid-input", "never closed"],
    ["/echo jss:", "invalid-input", "has no value"],
    ["hello", "unknown-command", "Commands start with"],
    [`/echo ${"x".repeat(10_000)}`, "invalid-input", "too long"],
  ])("%s -> %s", async (line, code, text) => {
    const { reply } = await runTextCommand(line, context(true).ctx);
    expect(reply.code).toBe(code);
    expect(reply.visibility).toBe("private");
    expect(reply.body).toContain(text);
  });

  it("names the command path it ran", async () => {
    expect((await runTextCommand("/faq guarded", context(true).ctx)).command).toBe("faq guarded");
    expect((await runTextCommand("/nope", context(true).ctx)).command).toBeNull();
  });
});
