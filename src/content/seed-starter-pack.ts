import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentFingerprint } from "../core/faq/content-fingerprint.js";
import { type ParsedFaqFile, parseFaqFile } from "../core/faq/import/parse-faq-file.js";
import type { StarterPackEntry } from "../ports/faq-transfer-store.js";
import { projectRoot } from "../project-root.js";

/** The starter pack shipped with gigdesk (src/content/starter-pack.json). */
export const starterPackPath = join(projectRoot(), "src", "content", "starter-pack.json");

export function readStarterPack(path: string = starterPackPath): ParsedFaqFile {
  return parseFaqFile(readFileSync(path));
}

/**
 * The pack as every community gets it, each entry with the fingerprint its copies remember. A
 * broken starter pack is a bug in what we ship, so it throws.
 */
export function loadStarterPack(path: string = starterPackPath): StarterPackEntry[] {
  const pack = readStarterPack(path);
  if (!pack.ok) {
    const first = pack.problems
      .slice(0, 5)
      .map((p) => `entry ${p.entry ?? "-"} ${p.field}: ${p.message}`)
      .join("; ");
    throw new Error(`the starter pack at ${path} is invalid (${pack.problems.length} problems): ${first}`);
  }
  return pack.entries.map((content) => ({ content, fingerprint: contentFingerprint(content) }));
}
