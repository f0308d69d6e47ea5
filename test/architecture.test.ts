import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const platformNeutral = ["src/core", "src/command-kit", "commands"];
const platformLibraries = [
  "discord.js",
  "@slack/bolt",
  "@slack/web-api",
  "drizzle-orm",
  "better-sqlite3",
  "pg",
];

/**
 * The floors, bottom up: core imports nothing of ours; ports import only core; the command kit
 * builds on core and ports; commands use the kit, core and ports but never a service or a store
 * implementation (they get those through ctx.services). Every rule names folders that must not
 * be reached from `from`.
 */
const layerRules: { from: string; forbidden: string[] }[] = [
  {
    from: "src/core",
    forbidden: [
      "src/ports",
      "src/command-kit",
      "src/services",
      "src/storage",
      "src/adapters",
      "src/cli",
      "commands",
    ],
  },
  {
    from: "src/ports",
    forbidden: ["src/command-kit", "src/services", "src/storage", "src/adapters", "commands"],
  },
  { from: "src/command-kit", forbidden: ["src/services", "src/storage", "src/adapters", "commands"] },
  { from: "commands", forbidden: ["src/services", "src/storage", "src/adapters", "src/cli"] },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] ?? "");
}

/** The repository folder a relative import lands in, e.g. `src/ports/services.ts`. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return relative(root, resolve(dirname(file), specifier));
}

function layerOffences(rule: { from: string; forbidden: string[] }): string[] {
  return sourceFiles(join(root, rule.from)).flatMap((file) =>
    importsOf(file).flatMap((specifier) => {
      const target = targetOf(file, specifier);
      const hit =
        target && rule.forbidden.find((folder) => target === folder || target.startsWith(`${folder}/`));
      return hit ? [`${relative(root, file)} imports ${specifier}`] : [];
    }),
  );
}

describe("architecture", () => {
  it.each(platformNeutral)("%s imports no platform or storage library", (folder) => {
    const offences = sourceFiles(join(root, folder)).flatMap((path) =>
      importsOf(path)
        .filter((specifier) =>
          platformLibraries.some((name) => specifier === name || specifier.startsWith(`${name}/`)),
        )
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it.each(layerRules)("$from imports no floor above it", (rule) => {
    expect(layerOffences(rule)).toEqual([]);
  });

  it("src/core does no I/O (no node: modules)", () => {
    const offences = sourceFiles(join(root, "src/core")).flatMap((path) =>
      importsOf(path)
        .filter((specifier) => specifier.startsWith("node:"))
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it("the checks see imports and would catch a floor turned upside down (guards against a test that cannot fail)", () => {
    expect(importsOf(join(root, "src/storage/sqlite/open-database.ts"))).toContain("better-sqlite3");
    // src/services builds on ports: the same rule pointed at it must report those imports.
    const reversed = layerOffences({ from: "src/services", forbidden: ["src/ports"] });
    expect(reversed.length).toBeGreaterThan(0);
    expect(reversed.some((offence) => offence.startsWith("src/services/create-services.ts imports"))).toBe(
      true,
    );
  });
});
