import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * The folder holding gigdesk's package.json. Files shipped beside the code (migrations, the
 * starter pack) are found from here, so the same lookup works from src/ under tsx and from the
 * bundle in dist/.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json")) || !existsSync(join(folder, "migrations"))) {
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error("gigdesk cannot find its project folder (package.json and migrations/)");
    folder = parent;
  }
  cached = folder;
  return folder;
}
