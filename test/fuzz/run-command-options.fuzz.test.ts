import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { optionFields } from "../../src/command-kit/option-fields.js";
import { listCommandPaths } from "../../src/command-kit/resolve-command.js";
import { runCommand } from "../../src/command-kit/run-command.js";
import { CaseClock } from "./case-clock.js";
import { anyRawValue, fuzzContext, fuzzParameters, fuzzServices, fuzzTimeoutMs } from "./fuzz-support.js";
import { expectWellFormedReply } from "./reply-properties.js";

const { database, services } = await fuzzServices();
afterAll(() => database.close());

const paths = listCommandPaths(commands);

/**
 * runCommand with raw option objects of any type, as a platform's payload could carry them
 * (Discord sends typed values; a modified client or a bug could send anything).
 */
const rawInvocations = paths.map(({ path, command }) => {
  const names = optionFields(command.options).map((field) => field.name);
  const key = fc.oneof(
    { weight: 8, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant("x") },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString") },
  );
  return fc
    .tuple(fc.dictionary(key, anyRawValue, { maxKeys: names.length + 1 }), fc.boolean())
    .map(([input, isModerator]) => ({ path, command, names, input, isModerator }));
});
const rawInvocation = fc.oneof(...rawInvocations);
const clock = new CaseClock("option values (Discord options and modals)");

function longestText(input: Record<string, unknown>): number {
  return Math.max(0, ...Object.values(input).map((value) => (typeof value === "string" ? value.length : 0)));
}

describe("fuzz: runCommand with option values of any type", () => {
  it(
    `never throws and every refusal names the option or the command (${paths.length} commands)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(rawInvocation, async ({ path, command, names, input, isModerator }) => {
          const reply = await clock.measure(`/${path}`, longestText(input), () =>
            runCommand(command, input, fuzzContext(services, isModerator), path),
          );
          expectWellFormedReply(reply, { command: path, options: names, typed: Object.keys(input) });
          if (reply.kind === "problem" && reply.code === "invalid-input") {
            const data = reply.data as { option?: string | null };
            if (typeof data.option === "string") expect(reply.body).toContain(data.option.slice(0, 40));
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(2),
  );
});
