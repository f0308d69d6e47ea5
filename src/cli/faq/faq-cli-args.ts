import { COMMUNITY_ID_PATTERN, CONSOLE_COMMUNITY } from "../../core/community.js";

/**
 * `npm run faq -- export [file] [--community ID]`, `import <file|starter> [--dry-run] [--replace]
 * [--community ID]` and `move-community --from ID --to ID`. Without --community the CLI works on
 * the console community, so the first release's commands and scripts keep working.
 */
export type FaqCliCommand =
  | { kind: "export"; file: string | null; community: string }
  | {
      kind: "import";
      source: { kind: "starter" } | { kind: "file"; path: string };
      dryRun: boolean;
      replace: boolean;
      community: string;
      /** Who ran it, for the revisions and the audit row; null: the operating-system user. */
      actor: string | null;
    }
  | { kind: "move-community"; from: string; to: string }
  | { kind: "help" };

export const faqCliUsage = `Usage:
  npm run faq -- export [file] [--community ID]                  write every published entry as JSON (stdout without a file)
  npm run faq -- import <file|starter> [--dry-run] [--replace] [--community ID]
                                                                 upsert entries by slug from a file or the starter pack
    --dry-run     report what would change, write nothing
    --replace     make the FAQ exactly the file's entries (others are archived)
    --community   the community to work on (default: console); see /community show in chat
    --actor NAME  who is importing, for the audit log (default: the operating-system user)
  npm run faq -- move-community --from ID --to ID                move one community's FAQ, queue and history into another
Exit codes: 0 done, 1 invalid or unreadable file or refused, 2 usage error.`;

export type FaqCliArgsResult = { ok: true; command: FaqCliCommand } | { ok: false; message: string };

const valueFlags = new Set(["--community", "--from", "--to", "--actor"]);
/** A person's name or handle for the audit log: short, printable, no spaces to confuse a reader. */
const ACTOR_PATTERN = /^[\w.@-]{1,64}$/;
const switchFlags = new Set(["--dry-run", "--replace"]);

interface ReadArgs {
  positional: string[];
  switches: Set<string>;
  values: Map<string, string>;
}

function readArgs(args: readonly string[]): { ok: true; value: ReadArgs } | { ok: false; message: string } {
  const read: ReadArgs = { positional: [], switches: new Set(), values: new Map() };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (!arg.startsWith("--")) {
      read.positional.push(arg);
      continue;
    }
    const [name = "", inline] = arg.split(/=(.*)/s, 2);
    if (switchFlags.has(name)) read.switches.add(name);
    else if (valueFlags.has(name)) {
      const value = inline ?? args[++index];
      if (value === undefined || value.startsWith("--"))
        return { ok: false, message: `${name} needs a value.` };
      if (name === "--actor") {
        if (!ACTOR_PATTERN.test(value))
          return {
            ok: false,
            message: `--actor takes a name of up to 64 letters, digits, dots, @ or hyphens (got "${value.slice(0, 40)}").`,
          };
      } else if (!COMMUNITY_ID_PATTERN.test(value))
        return {
          ok: false,
          message: `${name} takes a community id such as console or discord-123456 (got "${value.slice(0, 40)}").`,
        };
      read.values.set(name, value);
    } else return { ok: false, message: `Unknown flag ${name.slice(0, 40)}.` };
  }
  return { ok: true, value: read };
}

export function parseFaqCliArgs(argv: readonly string[]): FaqCliArgsResult {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    return verb === undefined
      ? { ok: false, message: "Say export, import or move-community." }
      : { ok: true, command: { kind: "help" } };
  }
  const read = readArgs(rest);
  if (!read.ok) return read;
  const { positional, switches, values } = read.value;
  const community = values.get("--community") ?? CONSOLE_COMMUNITY;
  const only = (allowed: string[]) => {
    const extra = [...switches, ...values.keys()].filter((flag) => !allowed.includes(flag));
    return extra.length > 0 ? `${verb} does not take ${extra.join(" ")}.` : null;
  };
  if (verb === "export") {
    const wrong = only(["--community"]);
    if (wrong) return { ok: false, message: wrong };
    if (positional.length > 1) return { ok: false, message: "export takes at most one file name." };
    return { ok: true, command: { kind: "export", file: positional[0] ?? null, community } };
  }
  if (verb === "import") {
    const wrong = only(["--community", "--dry-run", "--replace", "--actor"]);
    if (wrong) return { ok: false, message: wrong };
    const [source, ...extra] = positional;
    if (source === undefined)
      return { ok: false, message: "import needs a file name, or `starter` for the starter pack." };
    if (extra.length > 0)
      return { ok: false, message: `import takes one file (got also ${extra.join(" ")}).` };
    return {
      ok: true,
      command: {
        kind: "import",
        source: source === "starter" ? { kind: "starter" } : { kind: "file", path: source },
        dryRun: switches.has("--dry-run"),
        replace: switches.has("--replace"),
        community,
        actor: values.get("--actor") ?? null,
      },
    };
  }
  if (verb === "move-community") {
    const wrong = only(["--from", "--to"]);
    if (wrong) return { ok: false, message: wrong };
    const from = values.get("--from");
    const to = values.get("--to");
    if (!from || !to || positional.length > 0)
      return { ok: false, message: "move-community needs --from ID and --to ID, and nothing else." };
    return { ok: true, command: { kind: "move-community", from, to } };
  }
  return {
    ok: false,
    message: `Unknown command "${verb.slice(0, 40)}": say export, import or move-community.`,
  };
}
