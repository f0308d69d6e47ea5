import type { App } from "@slack/bolt";
import type { Command, CommandEntry } from "../../command-kit/command.js";
import { isCommandGroup } from "../../command-kit/command.js";
import { runTextCommand } from "../../command-kit/text-invocation.js";
import type { FaqEntry } from "../../core/faq/types.js";
import { problem } from "../../core/reply.js";
import { buildCommandModal } from "./command-modal.js";
import { replyResponse } from "./reply-response.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slashCommandText } from "./slack-text.js";
import { slashCommandLine } from "./slash-command-line.js";

/** Subcommands that open a modal when typed without options: long answers are easier in a form. */
const modalSubcommands = new Set(["add", "edit"]);

interface ModalRequest {
  command: Command;
  path: string;
  initialValues: Record<string, unknown>;
}

/** `/faq add` (nothing else) or `/faq edit` (nothing, or only the slug) opens a modal. */
export function modalRequestFor(entry: CommandEntry, text: string): ModalRequest | null {
  if (!isCommandGroup(entry)) return null;
  const [word, ...rest] = text.trim().split(/\s+/);
  const subcommandName = word?.toLowerCase();
  if (!subcommandName || !modalSubcommands.has(subcommandName)) return null;
  const command = entry.subcommands.find((sub) => sub.name === subcommandName);
  if (!command) return null;
  const path = `${entry.name} ${command.name}`;
  if (rest.length === 0) return { command, path, initialValues: {} };
  const onlyWord = rest.length === 1 ? rest[0] : undefined;
  // `/faq edit top-rated-badge`: the slug fills its field, everything else is typed in the form.
  if (subcommandName === "edit" && onlyWord && !/[:=]/.test(onlyWord) && "slug" in command.options.shape) {
    return { command, path, initialValues: { slug: onlyWord } };
  }
  return null;
}

/** The entry's current text, so that `/faq edit <slug>` opens a form to change rather than retype. */
export function entryInitialValues(entry: FaqEntry): Record<string, unknown> {
  return {
    question: entry.question,
    answer: entry.answer,
    aliases: entry.aliases.join(", "),
    tags: entry.tags.join(", "),
    sources: entry.sources.join(", "),
    ...(entry.reviewBy ? { review_by: entry.reviewBy } : {}),
  };
}

/** One Slack slash command per command entry, answered through respond() after an immediate ack. */
export function registerSlashCommands(app: App, runtime: SlackRuntime): void {
  for (const entry of runtime.commands) {
    app.command(`/${entry.name}`, async ({ command, ack, respond, client }) => {
      // Slack shows the user an error unless the command is acknowledged within 3 s.
      await ack();
      await runtime.track(`/${entry.name}`, async () => {
        const actor = await runtime.actors.resolve(client, {
          teamId: command.team_id,
          userId: command.user_id,
          channelId: command.channel_id,
        });
        const text = slashCommandText(command.text);
        const modal = modalRequestFor(entry, text);
        if (modal && modal.command.permission === "moderator" && !actor.isModerator) {
          // The same refusal runCommand gives, instead of a form the member could not submit.
          await respond(
            replyResponse(
              problem("not-allowed", `Only moderators can use \`/${modal.path}\`. Nothing was changed.`, {
                command: modal.path,
              }),
            ),
          );
          return;
        }
        if (modal) {
          const slug = modal.initialValues.slug;
          const current =
            typeof slug === "string" ? await runtime.services.faq.entries.getBySlug(slug) : null;
          await client.views.open({
            trigger_id: command.trigger_id,
            view: buildCommandModal(
              modal.command,
              { path: modal.path, channelId: command.channel_id, fixed: {} },
              current ? { ...entryInitialValues(current), ...modal.initialValues } : modal.initialValues,
            ),
          });
          return;
        }
        const { reply } = await runTextCommand(slashCommandLine(entry, text), {
          actor,
          services: runtime.services,
          commands: runtime.commands,
          now: runtime.now(),
        });
        await respond(replyResponse(reply));
      });
    });
  }
}
