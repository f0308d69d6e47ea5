import { readStarterPack } from "../../content/seed-starter-pack.js";
import { CONSOLE_COMMUNITY } from "../../core/community.js";
import { faqFileFromEntries } from "../../core/faq/import/faq-file-from-entries.js";
import {
  type FaqFileProblem,
  type ParsedFaqFile,
  parseFaqFile,
} from "../../core/faq/import/parse-faq-file.js";
import type { FaqActor, FaqImportOutcome } from "../../core/faq/types.js";
import type { CommunityDirectory } from "../../ports/services.js";
import type { Stores } from "../../ports/stores.js";
import { type FaqCliCommand, faqCliUsage, parseFaqCliArgs } from "./faq-cli-args.js";
import { terminalProgress } from "./progress-bar.js";

export const EXIT_OK = 0;
export const EXIT_INVALID_FILE = 1;
export const EXIT_USAGE = 2;

/** Files with at least this many entries get a progress bar (on a terminal only). */
const PROGRESS_THRESHOLD = 500;

export interface FaqCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTerminal: boolean;
  readFile: (path: string) => Uint8Array;
  writeFile: (path: string, text: string) => void;
  /** The operating-system user, named in the audit log when an import has no --actor. */
  osUser?: string;
}

/** Who the revisions and audit rows name for a command line run nobody named. */
export const cliActor: FaqActor = { platform: "console", spaceId: "cli", userId: "faq-cli" };

/** The person behind a command-line import: --actor, else the operating-system user. */
export function cliActorNamed(name: string | null | undefined): FaqActor {
  return name ? { ...cliActor, userId: `cli:${name}` } : cliActor;
}

/** What the FAQ command line works on: the stores, and the directory that creates communities. */
export interface FaqCliDeps {
  stores: Pick<Stores, "communities" | "faq">;
  communities: Pick<CommunityDirectory, "ensure">;
}

/** The FAQ command line without process globals, so tests run it in-process. Returns the exit code. */
export async function runFaqCli(
  argv: readonly string[],
  deps: FaqCliDeps,
  io: FaqCliIo,
  now: Date,
): Promise<number> {
  const parsed = parseFaqCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${faqCliUsage}\n`);
    return EXIT_USAGE;
  }
  return runCommand(parsed.command, deps, io, now);
}

async function runCommand(
  command: FaqCliCommand,
  deps: FaqCliDeps,
  io: FaqCliIo,
  now: Date,
): Promise<number> {
  const { faq, communities } = deps.stores;
  // The console community always exists; any other must be one the bot has met (no typo creates one).
  if ("community" in command) {
    if (command.community === CONSOLE_COMMUNITY) await deps.communities.ensure(CONSOLE_COMMUNITY, now);
    else if (!(await communities.get(command.community))) {
      io.stderr(`There is no community ${command.community}. ${await knownCommunities(deps)}\n`);
      return EXIT_INVALID_FILE;
    }
  }
  switch (command.kind) {
    case "help":
      io.stdout(`${faqCliUsage}\n`);
      return EXIT_OK;
    case "export": {
      const entries = await faq.transfer.exportEntries(command.community);
      const text = `${JSON.stringify(faqFileFromEntries(entries), null, 2)}\n`;
      if (command.file === null) {
        io.stdout(text);
      } else {
        io.writeFile(command.file, text);
        io.stderr(`Exported ${entries.length} entries to ${command.file}.\n`);
      }
      return EXIT_OK;
    }
    case "import": {
      const label = command.source.kind === "starter" ? "the starter pack" : command.source.path;
      const file = readSource(command.source, io);
      if (!file.ok) {
        io.stderr(`${label} was not imported; nothing changed. ${describeProblems(file.problems)}\n`);
        return EXIT_INVALID_FILE;
      }
      const showProgress =
        io.stderrIsTerminal && !command.dryRun && file.entries.length >= PROGRESS_THRESHOLD;
      const outcome = await faq.transfer.importEntries(
        command.community,
        file.entries,
        {
          replace: command.replace,
          dryRun: command.dryRun,
          ...(showProgress ? { onProgress: terminalProgress(io.stderr, "importing") } : {}),
        },
        cliActorNamed(command.actor ?? io.osUser),
        now,
      );
      io.stdout(describeOutcome(outcome, command.dryRun));
      return EXIT_OK;
    }
    case "move-community": {
      const moved = await communities.moveCommunity(command.from, command.to, cliActor, now);
      if (!moved.ok) {
        const why = {
          "not-found": `Both communities must exist. ${await knownCommunities(deps)}`,
          same: "--from and --to name the same community.",
          conflict: `Nothing was moved: ${command.to} has its own entries with these slugs: ${moved.code === "conflict" ? moved.conflicts.slice(0, 50).join(", ") : ""}. Rename or archive them there first (or move the other way).`,
        }[moved.code];
        io.stderr(`${why}\n`);
        return EXIT_INVALID_FILE;
      }
      const { entries, suggestions, threadAnswers, replacedStarterCopies } = moved.value;
      const replaced =
        replacedStarterCopies.length > 0
          ? ` ${replacedStarterCopies.length} unedited starter-pack copies in ${command.to} made way for the moved entries.`
          : "";
      io.stdout(
        `Moved ${entries} entries (with their history), ${suggestions} suggestions and ${threadAnswers} thread answers from ${command.from} to ${command.to}.${replaced}\n`,
      );
      return EXIT_OK;
    }
  }
}

async function knownCommunities(deps: FaqCliDeps): Promise<string> {
  const ids = await deps.stores.communities.listIds();
  return ids.length === 0 ? "There are no communities yet." : `Communities: ${ids.slice(0, 30).join(", ")}.`;
}

function readSource(
  source: { kind: "starter" } | { kind: "file"; path: string },
  io: FaqCliIo,
): ParsedFaqFile {
  if (source.kind === "starter") return readStarterPack();
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(source.path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ entry: null, slug: null, field: "(file)", message: `cannot read it: ${reason}` }],
    };
  }
  return parseFaqFile(bytes);
}

function describeProblems(problems: readonly FaqFileProblem[]): string {
  const lines = problems.map((problem) => {
    const where =
      problem.entry === null
        ? "file"
        : `entry ${problem.entry}${problem.slug ? ` (${problem.slug.slice(0, 60)})` : ""}, ${problem.field}`;
    return `- ${where}: ${problem.message}`;
  });
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return `${count}:\n${lines.join("\n")}`;
}

function describeOutcome(outcome: FaqImportOutcome, dryRun: boolean): string {
  const parts: [string, string[]][] = [
    ["added", outcome.added],
    ["changed", outcome.changed],
    ["unchanged", outcome.unchanged],
    ["archived", outcome.archived],
  ];
  const summary = parts.map(([name, slugs]) => `${slugs.length} ${name}`).join(", ");
  const details = parts
    .filter(([name, slugs]) => name !== "unchanged" && slugs.length > 0)
    .map(([name, slugs]) => {
      const shown = slugs.slice(0, 50).join(", ");
      const more = slugs.length > 50 ? ` and ${slugs.length - 50} more` : "";
      return `  ${name}: ${shown}${more}`;
    });
  const head = dryRun ? `Dry run, nothing written. Would have: ${summary}.` : `Imported: ${summary}.`;
  return `${[head, ...details].join("\n")}\n`;
}
