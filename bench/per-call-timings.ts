import { commands } from "../commands/index.js";
import { optionFields } from "../src/command-kit/option-fields.js";
import { parseCommandLine, parseOptions } from "../src/command-kit/parse-command-line.js";
import { listCommandPaths } from "../src/command-kit/resolve-command.js";
import { runCommand } from "../src/command-kit/run-command.js";
import { coerceOptions } from "../src/command-kit/text-invocation.js";
import type { Actor } from "../src/core/actor.js";
import type { BotServices } from "../src/ports/services.js";
import { benchNow, decideBenchThread } from "./decide-bench-thread.js";
import { evalSet } from "./eval-set.js";
import { collectGarbage, sampleAsync, summarise, type TimingSummary } from "./timing.js";

/** The whole thread-reply decision for the console space, over every eval message (silences included). */
export async function timeThreadDecisions(bot: BotServices): Promise<TimingSummary> {
  let thread = 0;
  collectGarbage();
  const times = await sampleAsync(
    async (index) => {
      thread += 1;
      await decideBenchThread(bot, `bench-thread-${thread}`, index);
    },
    { warmup: 20, minSamples: 100, maxSamples: evalSet.length * 4, budgetMs: 6_000 },
  );
  return summarise(times);
}

/** Each named command over its own examples, parsed as the text syntax would, through runCommand. */
export async function timeCommands(
  bot: BotServices,
  names: string[],
): Promise<Record<string, TimingSummary>> {
  const actor: Actor = {
    platform: "console",
    spaceId: "console",
    communityId: "console",
    userId: "bench",
    displayName: "bench",
    isModerator: false,
  };
  const services = bot.forCommunity("console");
  const result: Record<string, TimingSummary> = {};
  for (const { path, command } of listCommandPaths(commands)) {
    if (!names.includes(path)) continue;
    const inputs = command.examples.map((example) => {
      const parsed = parseCommandLine(`/${example}`);
      const fields = optionFields(command.options);
      const options = parseOptions(
        parsed?.rest ?? "",
        fields.map((field) => field.name),
        command.restOption,
      );
      if (!options.ok) throw new Error(`example "${example}" does not parse: ${options.reason}`);
      return coerceOptions(options.values, fields);
    });
    collectGarbage();
    const times = await sampleAsync(
      async (index) =>
        await runCommand(command, inputs[index % inputs.length] ?? {}, {
          actor,
          services,
          commands,
          now: benchNow,
        }),
      { warmup: 50, minSamples: 200, maxSamples: 2_000, budgetMs: 3_000 },
    );
    result[path] = summarise(times);
  }
  return result;
}
