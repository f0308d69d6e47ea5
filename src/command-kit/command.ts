import type { z } from "zod";
import type { Actor } from "../core/actor.js";
import type { Reply } from "../core/reply.js";
import type { Services } from "../ports/services.js";
import type { SpaceChannels } from "../ports/space-channels.js";
import type { CommandButton, CommandForm } from "./command-ui.js";

export type Permission = "everyone" | "moderator";

export interface CommandContext {
  actor: Actor;
  services: Services;
  /** The registered commands, for /help (the list every adapter registers). */
  commands: readonly CommandEntry[];
  /** The clock, read once per command so that a reply is consistent with itself. */
  now: Date;
  /**
   * The actor's own server's or workspace's channels, as the platform reports them. Every adapter
   * gives it (commandContext requires it); without it a command must refuse a channel, not trust it.
   */
  channels?: SpaceChannels;
}

/**
 * One chat command, declared once. The zod object schema is the single source of truth for
 * option names, types, bounds, defaults and descriptions (`.describe()` on every field).
 */
export interface Command<TSchema extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: TSchema;
  permission: Permission;
  /** The option that swallows the rest of the line in the text syntax, e.g. `question`. */
  restOption?: keyof z.infer<TSchema> & string;
  /** Complete example invocations without the leading slash, used by /help. */
  examples: string[];
  /** True when run() may take longer than about 2 s: Discord defers first. */
  slow?: boolean;
  /** A form for the long text (see command-ui.ts); adapters open it, never naming the command. */
  form?: CommandForm;
  /** Buttons on replies that run this command (e.g. the queue's Approve). */
  buttons?: readonly CommandButton[];
  /** Values an option's autocomplete offers as the member types, read live (e.g. FAQ slugs). */
  autocomplete?: Readonly<Record<string, (ctx: CommandContext) => Promise<readonly string[]>>>;
  /** Shown, run as the viewer, where a platform has a dashboard for moderators (Slack's App Home). */
  dashboard?: "moderators";
  /** Checked after schema validation, for rules that span options (e.g. rate needs hours). */
  refine?: (input: z.infer<TSchema>) => string | undefined;
  run(input: z.infer<TSchema>, ctx: CommandContext): Reply | Promise<Reply>;
}

/** A command with subcommands, e.g. `/faq add`, `/faq show`. */
export interface CommandGroup {
  name: string;
  description: string;
  subcommands: Command[];
}

export type CommandEntry = Command | CommandGroup;

export function isCommandGroup(entry: CommandEntry): entry is CommandGroup {
  return "subcommands" in entry;
}

/** Keeps the schema's inferred type inside run() while storing commands in one list. */
export function defineCommand<TSchema extends z.ZodObject>(command: Command<TSchema>): Command {
  return command as unknown as Command;
}
