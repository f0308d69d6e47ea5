// Bundles the bot (src/cli/bot.ts and what it imports) into dist/ with esbuild, so that `npm start`
// runs plain JavaScript: loading TypeScript through tsx at every start doubled the start-up time.
// Skips the work when dist/ is newer than every source file, so an unchanged tree starts at once.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const stamp = join(dist, ".built");
const inputs = ["src", "commands", "package.json", "package-lock.json", "scripts/build.mjs"];

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    info.mtimeMs,
  );
}

const newestSource = Math.max(
  ...inputs
    .map((input) => join(root, input))
    .filter(existsSync)
    .map(newestChange),
);
if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource && process.argv[2] !== "--force")
  process.exit(0);

const { build } = await import("esbuild");
// Build beside dist/ and swap it in, so a bot starting meanwhile never reads half-written files.
const staging = `${dist}.staging-${process.pid}`;
await build({
  // Named "main" so that the bundle stays dist/main.js, the file process managers start.
  entryPoints: { main: join(root, "src/cli/bot.ts") },
  outdir: staging,
  bundle: true,
  // Adapters are imported on demand: splitting keeps discord.js and Bolt out of a console start.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
writeFileSync(join(staging, ".built"), new Date().toISOString());
rmSync(dist, { recursive: true, force: true });
try {
  renameSync(staging, dist);
} catch {
  // Another build finished first with the same sources; its output is as good as ours.
  rmSync(staging, { recursive: true, force: true });
}
