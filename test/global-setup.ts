import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * Builds dist/ once before the suites, so the many tests that spawn `npm start` in parallel find
 * it up to date instead of racing to rebuild it.
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "build.mjs")], {
    stdio: "inherit",
  });
}
