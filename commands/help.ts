import { z } from "zod";
import { defineCommand, isCommandGroup } from "../src/command-kit/command.js";
import { closestName } from "../src/command-kit/did-you-mean.js";
import { optionFields, optionHint } from "../src/command-kit/option-fields.js";
import { listCommandPaths } from "../src/command-kit/resolve-command.js";
import { usageLine } from "../src/command-kit/usage.js";
import { message, problem } from "../src/core/reply.js";

export const helpCommand = defineCommand({
  name: "help",
  description: "List the commands, or show one command's options with an example",
  options: z.object({
    command: z
      .string()
      .max(60)
      .optional()
      .describe("A command name such as eligibility or faq add; leave out to list them all"),
  }),
  permission: "everyone",
  restOption: "command",
  examples: ["help", "help command:eligibility", "help faq add"],
  run(input, ctx) {
    const all = listCommandPaths(ctx.commands);
    if (!input.command) {
      const lines = ctx.commands.map((entry) =>
        isCommandGroup(entry)
          ? `- \`/${entry.name} ${entry.subcommands.map((sub) => sub.name).join("|")}\`: ${entry.description}`
          : `- \`/${entry.name}\`: ${entry.description}`,
      );
      return message({
        title: "gigdesk commands",
        body: `${lines.join("\n")}\n\nType \`/help command:<name>\` for one command's options.`,
        visibility: "private",
        data: {
          commands: all.map(({ path, command }) => ({
            name: path,
            description: command.description,
            permission: command.permission,
          })),
        },
      });
    }
    const wanted = input.command.trim().replace(/^\//, "").toLowerCase().replace(/\s+/g, " ");
    const group = ctx.commands.find((entry) => isCommandGroup(entry) && entry.name === wanted);
    if (group && isCommandGroup(group)) {
      // A group is a command too: `/help command:faq` lists what it can do instead of refusing.
      const lines = group.subcommands.map(
        (sub) =>
          `- \`/${group.name} ${sub.name}\`: ${sub.description}${sub.permission === "moderator" ? " (moderators)" : ""}`,
      );
      return message({
        title: `/${group.name}`,
        body: `${group.description}\n\n${lines.join("\n")}\n\nType \`/help command:${group.name} <subcommand>\` for one subcommand's options, e.g. \`/help command:${group.name} ${group.subcommands[0]?.name ?? ""}\`.`,
        visibility: "private",
        data: {
          command: group.name,
          subcommands: group.subcommands.map((sub) => ({
            name: `${group.name} ${sub.name}`,
            description: sub.description,
            permission: sub.permission,
          })),
        },
      });
    }
    const found = all.find((candidate) => candidate.path === wanted);
    if (!found) {
      const suggestion = closestName(wanted, [
        ...ctx.commands.filter(isCommandGroup).map((entry) => entry.name),
        ...all.map((candidate) => candidate.path),
      ]);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
      return problem(
        "not-found",
        `There is no command \`${wanted.slice(0, 40)}\`.${hint} Type \`/help\` to list them.`,
        {
          suggestion: suggestion ?? null,
        },
      );
    }
    const fields = optionFields(found.command.options);
    const optionLines = fields.map((field) => {
      const needed = field.required ? "required" : "optional";
      const fallback = field.defaultValue !== undefined ? `, default ${String(field.defaultValue)}` : "";
      return `- \`${field.name}\` (${optionHint(field)}, ${needed}${fallback}): ${field.description}`;
    });
    const examples = found.command.examples.map((example) => `\`/${example}\``).join("\n");
    const who = found.command.permission === "moderator" ? "\nModerators only." : "";
    return message({
      title: `/${found.path}`,
      body: `${found.command.description}${who}\n\n**Usage:** \`${usageLine(found.path, found.command)}\`\n${
        optionLines.length > 0 ? `\n**Options**\n${optionLines.join("\n")}\n` : ""
      }\n**Examples**\n${examples}`,
      visibility: "private",
      data: {
        command: found.path,
        permission: found.command.permission,
        options: fields,
        usage: usageLine(found.path, found.command),
        examples: found.command.examples,
      },
    });
  },
});
