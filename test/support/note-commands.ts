import { z } from "zod";
import { type CommandGroup, defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";

/**
 * A moderator command that no adapter has ever heard of, with a form and buttons declared the way
 * the FAQ commands declare theirs. The adapter tests run it to prove that a new command with a
 * modal needs no adapter change.
 */
const noteText = z.string().trim().min(1, "not empty").max(500, "at most 500 characters");

const noteWrite = defineCommand({
  name: "write",
  description: "Write a moderators' note",
  options: z.object({
    topic: z.string().max(40).optional().describe("What the note is about"),
    text: noteText.optional().describe("The note itself"),
  }),
  permission: "moderator",
  form: {
    title: "Write a note",
    fields: [{ option: "text", label: "Note", multiline: true, maxLength: 500 }],
    required: ["text"],
    opensWhen: "required-missing",
  },
  examples: ['note write topic:fees text:"Check the fee page monthly"'],
  run: (input) =>
    message({
      title: "Note saved",
      body: `Saved: ${input.text ?? ""}`,
      visibility: "private",
      data: { topic: input.topic ?? null, text: input.text ?? null },
    }),
});

const noteRevise = defineCommand({
  name: "revise",
  description: "Revise note n",
  options: z.object({
    n: z.number().int().min(1).describe("The note's number"),
    text: noteText.optional().describe("The new text"),
  }),
  permission: "moderator",
  form: {
    title: "Revise the note",
    fields: [{ option: "text", label: "Note", multiline: true, maxLength: 500 }],
    key: "n",
    prefill: async (input) => ({ text: `the text of note ${String(input.n)}` }),
  },
  buttons: [
    { idPrefix: "note:revise:", option: "n", form: "required" },
    { idPrefix: "note:touch:", option: "n" },
  ],
  examples: ["note revise n:3 text:shorter"],
  run: (input) =>
    message({
      title: "Note revised",
      body: `Note ${input.n}: ${input.text ?? "(unchanged)"}`,
      visibility: "private",
      data: { n: input.n, text: input.text ?? null },
    }),
});

export const noteCommands: CommandGroup = {
  name: "note",
  description: "Moderators' notes (test command)",
  subcommands: [noteWrite, noteRevise],
};
