import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formRequestFor } from "../../../src/adapters/slack/register-slash-commands.js";
import { slashCommandLine } from "../../../src/adapters/slack/slash-command-line.js";
import { type CommandGroup, defineCommand } from "../../../src/command-kit/command.js";
import type { CommandForm } from "../../../src/command-kit/command-ui.js";
import { message } from "../../../src/core/reply.js";

const run = () => message({ body: "ok", data: {} });
const eligibility = defineCommand({
  name: "eligibility",
  description: "Check",
  options: z.object({ jss: z.number().describe("JSS"), note: z.string().optional().describe("Note") }),
  permission: "everyone",
  examples: ["eligibility jss:95"],
  run,
});
const status = defineCommand({
  name: "status",
  description: "Status",
  options: z.object({ ruleset: z.string().optional().describe("Ruleset") }),
  permission: "everyone",
  examples: ["status"],
  run,
});
const help = defineCommand({
  name: "help",
  description: "Help",
  options: z.object({ command: z.string().optional().describe("Command") }),
  permission: "everyone",
  examples: ["help"],
  run,
});
const sub = (name: string, options: z.ZodObject, form?: CommandForm) =>
  defineCommand({
    name,
    description: name,
    options,
    permission: "moderator",
    examples: [`faq ${name}`],
    ...(form ? { form } : {}),
    run,
  });
const box = (option: string) => ({ option, label: option, multiline: true, maxLength: 100 });
// The forms are declared the way commands/faq/add.ts and edit.ts declare theirs.
const addForm: CommandForm = {
  title: "Add",
  fields: [box("question"), box("answer")],
  required: ["question", "answer"],
  opensWhen: "required-missing",
};
const editForm: CommandForm = {
  title: "Edit",
  fields: [box("answer")],
  key: "slug",
  opensWhen: "no-field-given",
};
const faq: CommandGroup = {
  name: "faq",
  description: "FAQ",
  subcommands: [
    sub("add", z.object({ question: z.string().describe("Q"), answer: z.string().describe("A") }), addForm),
    sub(
      "edit",
      z.object({ slug: z.string().describe("Slug"), answer: z.string().optional().describe("A") }),
      editForm,
    ),
    sub("show", z.object({ slug: z.string().describe("Slug") })),
  ],
};

describe("slashCommandLine", () => {
  it.each([
    [eligibility, "jss:95", "/eligibility jss:95"],
    [eligibility, "", "/help eligibility"],
    [eligibility, " help ", "/help eligibility"],
    [status, "", "/status"],
    [status, "help", "/help status"],
    [help, "", "/help"],
    [help, "faq add", "/help faq add"],
    [faq, "", "/faq"],
    [faq, "help", "/faq"],
    [faq, "show top-rated", "/faq show top-rated"],
  ] as const)("%# %j", (entry, text, expected) => {
    expect(slashCommandLine(entry, text)).toBe(expected);
  });
});

describe("formRequestFor", () => {
  it.each([
    ["add", { path: "faq add", initialValues: {} }],
    ["edit", { path: "faq edit", initialValues: {} }],
    ["edit top-rated", { path: "faq edit", initialValues: { slug: "top-rated" } }],
  ])("opens a modal for `/faq %s`", (text, expected) => {
    expect(formRequestFor(faq, text)).toMatchObject(expected);
  });

  it.each(["add question:x answer:y", "edit slug:x answer:y", "show top-rated", ""])(
    "runs `/faq %s` directly",
    (text) => {
      expect(formRequestFor(faq, text)).toBeNull();
    },
  );

  it("never opens a modal for plain commands", () => {
    expect(formRequestFor(eligibility, "add")).toBeNull();
  });
});
