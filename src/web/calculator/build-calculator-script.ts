import { join } from "node:path";
import { projectRoot } from "../../project-root.js";

let built: Promise<string> | undefined;

/**
 * The calculator's browser script: esbuild bundles browser/calculator-app.ts with the very
 * command and core files the chat command runs, so the page cannot drift from /exclusive-check.
 * Built once per process in memory on first use (about half a second), not at start-up, so a bot
 * that never serves the page never pays for it.
 */
export function calculatorScript(): Promise<string> {
  built ??= bundle().catch((error: unknown) => {
    // A failed build is retried on the next request rather than cached.
    built = undefined;
    throw error;
  });
  return built;
}

async function bundle(): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(projectRoot(), "src/web/calculator/browser/calculator-app.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no calculator script");
  return output.text;
}
