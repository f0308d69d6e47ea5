import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { replyToPlainText } from "../../command-kit/reply-text.js";
import { runTextCommand } from "../../command-kit/text-invocation.js";
import type { Actor } from "../../core/actor.js";
import { CONSOLE_COMMUNITY } from "../../core/community.js";
import {
  forumThreadStart,
  type ThreadReplyOutcome,
  withoutAskerMention,
} from "../../core/faq/thread-reply-types.js";
import { isModerator } from "../../core/moderation.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import type { AdapterContext, RunningAdapter } from "../running-adapter.js";
import { consoleChannels } from "./console-channels.js";
import { renderConsoleReply } from "./render-console-reply.js";

export interface ConsoleOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  json: boolean;
  /** The console's community (`npm start -- --community ID`); `console` when not given. */
  community?: string;
  user: string;
  moderator: boolean;
}

export interface RunningConsole extends RunningAdapter {
  /** Resolves when the input ends (piped stdin) or the user closes the prompt. */
  finished: Promise<void>;
}

/** The console pretends to be one community with one auto-answer forum channel. */
const consoleChannel = "console-forum";

/**
 * The embedded adapter: a prompt with history on a terminal, or one answer per line of piped
 * input. Lines starting with "/" are commands; any other line opens a new question thread.
 */
export function startConsoleAdapter(options: ConsoleOptions, context: AdapterContext): RunningConsole {
  const interactive = options.input.isTTY === true && options.output.isTTY === true && !options.json;
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output: options.output, terminal: true, historySize: 500, prompt: "gigdesk> " } : {}),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let stopping = false;
  let threadCounter = 0;

  // The console is a space of its own, named by --community (default `console`).
  const space = { platform: "console" as const, spaceId: options.community ?? CONSOLE_COMMUNITY };
  const actor = async (): Promise<Actor> => {
    const communityId = await context.services.communities.communityOf(space, context.now());
    const settings = await context.services.forCommunity(communityId).settings.get();
    return {
      ...space,
      communityId,
      userId: options.user,
      displayName: options.user,
      channelId: consoleChannel,
      isModerator: isModerator(
        { platform: "console", userId: options.user, consoleModerator: options.moderator },
        settings,
      ),
    };
  };

  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (!options.output.write(`${text}\n`)) options.output.once("drain", resolve);
      else resolve();
    });

  const bold = interactive ? (text: string) => `\u001b[1m${text}\u001b[22m` : undefined;
  const show = (reply: Reply) => renderConsoleReply(reply, bold);

  async function handleCommand(line: string): Promise<void> {
    const { command, reply } = await runTextCommand(
      line,
      commandContext(context, await actor(), consoleChannels),
    );
    if (options.json) {
      await write(
        JSON.stringify({
          input: line,
          command,
          kind: reply.kind,
          ...(reply.code ? { code: reply.code } : {}),
          visibility: reply.visibility,
          text: replyToPlainText(reply),
          data: reply.data,
        }),
      );
    } else {
      await write(show(reply));
    }
  }

  async function handleChat(line: string): Promise<void> {
    threadCounter += 1;
    const threadId = `console-${randomUUID()}`;
    const outcome: ThreadReplyOutcome = await context.services.threadReplies.handle(
      forumThreadStart({ ...space, channelId: consoleChannel, threadId, authorId: options.user, text: line }),
      context.now(),
    );
    if (outcome.kind === "slow_down") {
      const text = replyToPlainText(outcome.reply);
      await write(
        options.json
          ? JSON.stringify({ input: line, kind: "slow_down", text, data: outcome.reply.data })
          : show(outcome.reply),
      );
      return;
    }
    // An answer, or the middle band's "Might help" offer: the console prints the offered entries
    // (it has no buttons; /faq show <slug> reads one).
    if (outcome.kind !== "silent") {
      await context.services.threadReplies.recordDelivery(
        outcome.replyId,
        `${threadId}-answer-${threadCounter}`,
      );
      // The console's mention syntax is a plain @name: there is nobody to ping.
      const { mentionsAsker, body } = withoutAskerMention(outcome.reply.body);
      const reply = { ...outcome.reply, body: mentionsAsker ? `@${options.user} ${body}` : body };
      const text = replyToPlainText(reply);
      if (options.json) {
        await write(
          JSON.stringify({
            input: line,
            kind: outcome.kind,
            ...(outcome.kind === "thread_reply"
              ? { faq: outcome.faq, confidence: outcome.confidence }
              : { reason: outcome.reason, offered: outcome.offered }),
            replyId: outcome.replyId,
            text,
            data: reply.data,
          }),
        );
      } else {
        await write(show(reply));
      }
      return;
    }
    if (options.json) {
      await write(
        JSON.stringify({ input: line, kind: "silent", reason: outcome.reason, best: outcome.best }),
      );
    } else {
      await write(
        `(gigdesk stays quiet: ${outcome.reason}${outcome.best ? `; closest entry ${outcome.best.slug}` : ""})`,
      );
    }
  }

  async function handleLine(rawLine: string): Promise<void> {
    const line = rawLine.replace(/\r$/, "");
    if (line.trim() === "") {
      if (options.json) {
        await write(
          JSON.stringify({
            input: line,
            command: null,
            kind: "problem",
            code: "invalid-input",
            visibility: "private",
            text: "The line is empty.",
            data: {},
          }),
        );
      }
      return;
    }
    if (line.trimStart().startsWith("/")) await handleCommand(line.trim());
    else await handleChat(line);
  }

  let inFlight: Promise<void> = Promise.resolve();
  const finished = (async () => {
    if (interactive) {
      await write("gigdesk console. Type /help for commands, or ask a question. Ctrl+D to quit.");
      lines.prompt();
    }
    for await (const line of lines) {
      if (stopping) break;
      inFlight = handleLine(line).catch((error: unknown) => {
        // runTextCommand never throws; this guards the thread path and the writer.
        context.services.logger.error({ err: error }, "console line failed");
        return write(
          options.json
            ? JSON.stringify({
                input: line,
                kind: "problem",
                code: "internal-error",
                visibility: "private",
                text: "Something went wrong; see the log.",
                data: {},
              })
            : "Something went wrong; see the log.",
        );
      });
      await inFlight;
      if (interactive && !stopping) lines.prompt();
    }
  })();

  return {
    name: "console",
    finished,
    async stop() {
      stopping = true;
      await inFlight;
      lines.close();
    },
  };
}
