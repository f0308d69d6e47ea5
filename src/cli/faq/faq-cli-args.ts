/** `npm run faq -- export [file]` and `npm run faq -- import <file|starter> [--dry-run] [--replace]`. */
export type FaqCliCommand =
  | { kind: "export"; file: string | null }
  | {
      kind: "import";
      source: { kind: "starter" } | { kind: "file"; path: string };
      dryRun: boolean;
      replace: boolean;
    }
  | { kind: "help" };

export const faqCliUsage = `Usage:
  npm run faq -- export [file]                                 write every published entry as JSON (stdout without a file)
  npm run faq -- import <file|starter> [--dry-run] [--replace]  upsert entries by slug from a file or the starter pack
    --dry-run   report what would change, write nothing
    --replace   make the FAQ exactly the file's entries (others are archived)
Exit codes: 0 done, 1 invalid or unreadable file, 2 usage error.`;

export type FaqCliArgsResult = { ok: true; command: FaqCliCommand } | { ok: false; message: string };

export function parseFaqCliArgs(argv: readonly string[]): FaqCliArgsResult {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    return verb === undefined
      ? { ok: false, message: "Say export or import." }
      : { ok: true, command: { kind: "help" } };
  }
  const flags = rest.filter((arg) => arg.startsWith("--"));
  const positional = rest.filter((arg) => !arg.startsWith("--"));
  if (verb === "export") {
    if (flags.length > 0) return { ok: false, message: `export takes no flags (got ${flags.join(" ")}).` };
    if (positional.length > 1) return { ok: false, message: "export takes at most one file name." };
    return { ok: true, command: { kind: "export", file: positional[0] ?? null } };
  }
  if (verb === "import") {
    const unknown = flags.filter((flag) => flag !== "--dry-run" && flag !== "--replace");
    if (unknown.length > 0) return { ok: false, message: `Unknown flag ${unknown.join(" ")} for import.` };
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
        dryRun: flags.includes("--dry-run"),
        replace: flags.includes("--replace"),
      },
    };
  }
  return { ok: false, message: `Unknown command "${verb.slice(0, 40)}": say export or import.` };
}
