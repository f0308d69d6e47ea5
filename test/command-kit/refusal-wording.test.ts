import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext } from "../../src/command-kit/command.js";
import { optionFields } from "../../src/command-kit/option-fields.js";
import { listCommandPaths } from "../../src/command-kit/resolve-command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { runTextCommand } from "../../src/command-kit/text-invocation.js";
import type { Actor } from "../../src/core/actor.js";
import type { Services } from "../../src/ports/services.js";
import { memoryLogger } from "../support/memory-logger.js";

/** Every refusal below is decided before a command touches a store, so no store is needed. */
function context(isModerator = true): CommandContext {
  const actor: Actor = {
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: "u",
    displayName: "u",
    isModerator,
  };
  const services = { logger: memoryLogger().logger } as unknown as Services;
  return { actor, services, commands, now: new Date("2026-11-26T12:00:00Z") };
}

async function refusal(line: string): Promise<string> {
  const { reply } = await runTextCommand(line, context());
  expect(reply.kind, reply.body).toBe("problem");
  return reply.body.split("\nUsage:")[0] ?? "";
}

describe("refusals read as a member would say them (issue 16, point 8)", () => {
  it.each([
    ["/ask question:hi", "`question` must be at least 3 characters long (you gave `hi`)."],
    ["/exclusive-check months:3 rate:0 hours:10", "`rate` must be a number from 1 to 10,000 (you gave `0`)."],
    ["/exclusive-check months:3 monthly:0", "`monthly` must be a number from 1 to 1,000,000 (you gave `0`)."],
    ["/exclusive-check", "`months` is required: contract length in months, a whole number from 1 to 36."],
    [
      "/faq add slug:new-five",
      'An entry needs `question` and `answer` as well: they show as optional only because Discord asks for them in a form. Add them, e.g. `/faq add slug:new-five question:"…" answer:"…"`.',
    ],
    [
      '/faq add slug:new-five question:"What is new?"',
      'An entry needs `answer` as well: it shows as optional only because Discord asks for it in a form. Add it, e.g. `/faq add slug:new-five question:"…" answer:"…"`.',
    ],
    [
      '/faq add slug:new-six question:"  " answer:a',
      "`question` must be some text, not only spaces (you gave `  `).",
    ],
    [
      '/settings shadow_channel:"<#1> <#2>"',
      "`shadow_channel` takes exactly one channel (an id or a mention), or `none`.",
    ],
    ["/eligibility earnings:-5", "`earnings` must be a number ≥ 0 (you gave `-5`)."],
    ["/eligibility hold:maybe", "`hold` must be yes or no (you gave `maybe`)."],
  ])("%s", async (line, expected) => {
    expect(await refusal(line)).toBe(expected);
  });

  it("/help command:faq lists the group's subcommands instead of refusing", async () => {
    const { reply } = await runTextCommand("/help command:faq", context());
    expect(reply.kind).toBe("message");
    const data = reply.data as { command: string; subcommands: { name: string }[] };
    expect(data.command).toBe("faq");
    expect(data.subcommands.map((sub) => sub.name)).toContain("faq add");
    expect(reply.body).toContain("`/faq add`: Add an FAQ entry");
    expect(reply.body).toContain("Type `/help command:faq <subcommand>`");
    const unknown = await refusal("/help command:fax");
    expect(unknown).toBe("There is no command `fax`. Did you mean `faq`? Type `/help` to list them.");
  });
});

/** Each string option refused with too short and too long a value, through runCommand. */
const stringRefusals = listCommandPaths(commands).flatMap(({ path, command }) =>
  optionFields(command.options)
    .filter((field) => field.kind === "string")
    .flatMap((field) => [
      { path, command, field: field.name, value: " " },
      { path, command, field: field.name, value: "x".repeat((field.maxLength ?? 8000) + 1) },
    ]),
);

describe("every string option's rule completes the sentence `x` must be …", () => {
  it.each(stringRefusals)("$path $field", async ({ path, command, field, value }) => {
    const required = optionFields(command.options).filter((other) => other.required && other.name !== field);
    const input: Record<string, unknown> = Object.fromEntries(
      required.map((other) => [other.name, other.kind === "string" ? "valid-slug" : 1]),
    );
    input[field] = value;
    const reply = await runCommand(command, input, context(), path);
    if (reply.kind !== "problem" || (reply.data as { option?: string }).option !== field) return;
    const sentence = reply.body.split("\n")[0] ?? "";
    const rule = sentence.match(new RegExp(`^\`${field}\` must be (.*) \\(you gave`))?.[1];
    if (rule === undefined) return;
    // "`question` must be question needs …" was the bug: the rule restated the option and a verb.
    expect(rule, sentence).not.toMatch(new RegExp(`^(expected |${field}\\b)`));
    expect(rule, sentence).not.toMatch(/\b(needs|can be|must)\b/);
  });
});

describe("option bounds a refusal can state", () => {
  it("no option has an open bound (positive, gt, lt), which refusals and usage lines would show as closed", () => {
    const open: string[] = [];
    for (const { path, command } of listCommandPaths(commands)) {
      for (const [name, schema] of Object.entries(command.options.shape)) {
        let node = schema as unknown as {
          _zod: {
            def: {
              type: string;
              innerType?: unknown;
              checks?: { _zod: { def: { check: string; inclusive?: boolean } } }[];
            };
          };
        };
        while (node._zod.def.innerType) node = node._zod.def.innerType as typeof node;
        for (const check of node._zod.def.checks ?? []) {
          const def = check._zod.def;
          if ((def.check === "greater_than" || def.check === "less_than") && def.inclusive === false) {
            open.push(`${path} ${name}`);
          }
        }
      }
    }
    expect(open).toEqual([]);
  });

  it("the check above sees an open bound (it can fail)", async () => {
    const { z } = await import("zod");
    const schema = z.number().positive() as unknown as {
      _zod: { def: { checks: { _zod: { def: { inclusive: boolean } } }[] } };
    };
    expect(schema._zod.def.checks[0]?._zod.def.inclusive).toBe(false);
  });
});
