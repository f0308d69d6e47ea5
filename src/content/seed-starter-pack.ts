import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ParsedFaqFile, parseFaqFile } from "../core/faq/import/parse-faq-file.js";
import type { FaqActor, FaqImportOutcome } from "../core/faq/types.js";
import type { FaqStores } from "../ports/stores.js";
import { projectRoot } from "../project-root.js";

/** The starter pack shipped with gigdesk (src/content/starter-pack.json). */
export const starterPackPath = join(projectRoot(), "src", "content", "starter-pack.json");

/** Who the revisions and audit rows name when gigdesk itself loads the starter pack. */
export const starterPackActor: FaqActor = {
  platform: "console",
  communityId: "gigdesk",
  userId: "starter-pack",
};

export function readStarterPack(path: string = starterPackPath): ParsedFaqFile {
  return parseFaqFile(readFileSync(path));
}

export type SeedOutcome =
  | { seeded: false; reason: "not-empty" }
  | { seeded: true; outcome: FaqImportOutcome };

/**
 * Loads the starter pack when the FAQ has never had an entry (archived ones count: a community
 * that archived everything does not want the pack back on the next restart). A broken starter pack
 * is a bug in what we ship, so it throws.
 */
export async function seedStarterPackIfEmpty(
  faq: Pick<FaqStores, "entries" | "transfer">,
  now: Date = new Date(),
  path: string = starterPackPath,
): Promise<SeedOutcome> {
  if ((await faq.entries.countAll()) > 0) return { seeded: false, reason: "not-empty" };
  const pack = readStarterPack(path);
  if (!pack.ok) {
    const first = pack.problems
      .slice(0, 5)
      .map((p) => `entry ${p.entry ?? "-"} ${p.field}: ${p.message}`)
      .join("; ");
    throw new Error(`the starter pack at ${path} is invalid (${pack.problems.length} problems): ${first}`);
  }
  const outcome = await faq.transfer.importEntries(
    pack.entries,
    { replace: false, dryRun: false },
    starterPackActor,
    now,
  );
  return { seeded: true, outcome };
}
