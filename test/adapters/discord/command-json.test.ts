import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commands } from "../../../commands/index.js";
import { discordCommandsJson, saveAsFaqCommandName } from "../../../src/adapters/discord/command-json.js";
import { type CommandEntry, defineCommand } from "../../../src/command-kit/command.js";
import { message } from "../../../src/core/reply.js";

interface OptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  choices?: { name: string; value: unknown }[];
  autocomplete?: boolean;
  options?: OptionJson[];
  min_value?: number;
  max_value?: number;
  max_length?: number;
}

interface CommandJson {
  type: number;
  name: string;
  description?: string;
  options?: OptionJson[];
  default_member_permissions?: string;
}

const nameRule = /^[-_a-z0-9]{1,32}$/;
const subcommandTypes = new Set([1, 2]);

/** Every limit Discord enforces on a command's JSON that our schema could break. */
function limitViolations(command: CommandJson): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${command.name}: ${what}`);
  };
  if (command.type === 1) {
    check(nameRule.test(command.name), `name "${command.name}" breaks ${nameRule}`);
    check(
      (command.description ?? "").length >= 1 && (command.description ?? "").length <= 100,
      "description 1-100",
    );
  } else {
    // Context-menu names may contain spaces and capitals, 1-32 characters, and carry no description.
    check(command.name.length >= 1 && command.name.length <= 32, "context menu name 1-32");
  }
  const visit = (options: OptionJson[] | undefined, where: string) => {
    const list = options ?? [];
    check(list.length <= 25, `${where}: at most 25 options (has ${list.length})`);
    check(new Set(list.map((option) => option.name)).size === list.length, `${where}: option names unique`);
    let seenOptional = false;
    for (const option of list) {
      const at = `${where} ${option.name}`;
      check(nameRule.test(option.name), `${at}: name breaks ${nameRule}`);
      check(option.description.length >= 1 && option.description.length <= 100, `${at}: description 1-100`);
      if (subcommandTypes.has(option.type)) {
        visit(option.options, at);
        continue;
      }
      if (option.required) check(!seenOptional, `${at}: required option after an optional one`);
      else seenOptional = true;
      check((option.choices ?? []).length <= 25, `${at}: at most 25 choices`);
      check(!(option.autocomplete && option.choices), `${at}: autocomplete and choices together`);
      for (const choice of option.choices ?? []) {
        check(choice.name.length >= 1 && choice.name.length <= 100, `${at}: choice name 1-100`);
        check(String(choice.value).length <= 100, `${at}: choice value at most 100`);
      }
      if (option.max_length !== undefined)
        check(option.max_length >= 1 && option.max_length <= 6000, `${at}: max_length 1-6000`);
      if (option.min_value !== undefined && option.max_value !== undefined) {
        check(option.min_value <= option.max_value, `${at}: min_value <= max_value`);
      }
    }
  };
  visit(command.options, command.name);
  // Discord caps the combined length of names, descriptions and choice values per command.
  check(characterCount(command) <= 8000, `total characters ${characterCount(command)} > 8000`);
  return problems;
}

function characterCount(command: CommandJson): number {
  const count = (options: OptionJson[] | undefined): number =>
    (options ?? []).reduce(
      (sum, option) =>
        sum +
        option.name.length +
        option.description.length +
        (option.choices ?? []).reduce(
          (total, choice) => total + choice.name.length + String(choice.value).length,
          0,
        ) +
        count(option.options),
      0,
    );
  return command.name.length + (command.description?.length ?? 0) + count(command.options);
}

const registered = discordCommandsJson(commands) as CommandJson[];

describe("slash-command JSON from the command model", () => {
  it.each(registered.map((command) => [command.name, command] as const))(
    "%s stays inside Discord's limits",
    (_name, command) => {
      expect(limitViolations(command)).toEqual([]);
    },
  );

  it("registers every command once, plus the Save as FAQ message action", () => {
    const names = registered.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...commands.map((entry) => entry.name), saveAsFaqCommandName]);
    expect(registered.length).toBeLessThanOrEqual(100);
    expect(registered.at(-1)).toMatchObject({ type: 3, name: saveAsFaqCommandName });
  });

  it("turns each kind of schema field into the native option type with its bounds and choices", () => {
    const sample: CommandEntry = defineCommand({
      name: "sample",
      description: "A command covering every kind of option",
      options: z.object({
        note: z.string().max(200).optional().describe("Free text"),
        hoursWorked: z.number().int().min(0).max(80).describe("Hours in the week"),
        rate: z.number().min(0).optional().describe("Hourly rate in USD"),
        share: z.boolean().default(false).describe("Post the answer publicly"),
        tier: z.enum(["top_rated", "rising_talent"]).describe("A status"),
        slug: z.string().optional().describe("An FAQ entry"),
        long: z.string().describe("x".repeat(150)),
      }),
      permission: "moderator",
      // Autocomplete is declared by the command (live values), no longer inferred from the name.
      autocomplete: { slug: async () => ["an-entry"] },
      examples: ["sample hoursWorked:10 tier:top_rated long:x"],
      run: () => message({ body: "ok", data: {} }),
    });
    const [json] = discordCommandsJson([sample]) as CommandJson[];
    expect(json?.default_member_permissions).toBe("8192");
    expect(json?.options?.map((option) => [option.name, option.type, option.required])).toEqual([
      // Required first: Discord rejects a required option after an optional one.
      ["hours_worked", 4, true],
      ["tier", 3, true],
      ["long", 3, true],
      ["note", 3, false],
      ["rate", 10, false],
      ["share", 5, false],
      ["slug", 3, false],
    ]);
    const byName = Object.fromEntries((json?.options ?? []).map((option) => [option.name, option]));
    expect(byName.hours_worked).toMatchObject({
      min_value: 0,
      max_value: 80,
      description: "Hours in the week",
    });
    expect(byName.rate).toMatchObject({ min_value: 0 });
    expect(byName.rate?.max_value).toBeUndefined();
    expect(byName.note).toMatchObject({ max_length: 200 });
    expect(byName.tier?.choices).toEqual([
      { name: "top_rated", value: "top_rated" },
      { name: "rising_talent", value: "rising_talent" },
    ]);
    expect(byName.slug?.autocomplete).toBe(true);
    expect(byName.long?.description).toHaveLength(100);
    expect(byName.long?.description.endsWith("…")).toBe(true);
  });

  it("offers more than 25 choices through autocomplete instead of a list Discord would refuse", () => {
    const many = Array.from({ length: 30 }, (_, index) => `choice_${index}`);
    const sample = defineCommand({
      name: "many",
      description: "Many choices",
      options: z.object({ pick: z.enum(many as [string, ...string[]]).describe("One of thirty") }),
      permission: "everyone",
      examples: ["many pick:choice_1"],
      run: () => message({ body: "ok", data: {} }),
    });
    const [json] = discordCommandsJson([sample]) as CommandJson[];
    expect(json?.options?.[0]).toMatchObject({ autocomplete: true });
    expect(json?.options?.[0]?.choices).toBeUndefined();
  });

  it("makes the modal's text fields optional on /faq add and /faq edit, so the modal can ask for them", () => {
    const faq = registered.find((command) => command.name === "faq");
    const textOptions = (sub: string) =>
      faq?.options
        ?.find((option) => option.name === sub)
        ?.options?.filter((option) => ["question", "answer", "aliases", "tags"].includes(option.name));
    for (const sub of ["add", "edit"]) {
      expect(textOptions(sub)?.map((option) => [option.name, option.required])).toEqual([
        ["question", false],
        ["answer", false],
        ["aliases", false],
        ["tags", false],
      ]);
    }
  });
});
