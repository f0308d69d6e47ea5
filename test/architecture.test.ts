import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const platformNeutral = ["src/core", "src/command-kit", "commands"];
const forbidden = ["discord.js", "@slack/bolt", "@slack/web-api", "drizzle-orm", "better-sqlite3"];

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

describe("architecture", () => {
  it.each(platformNeutral)("%s imports no platform or storage library", (folder) => {
    const offences = sourceFiles(join(root, folder)).flatMap((path) =>
      importsOf(path)
        .filter((specifier) =>
          forbidden.some((name) => specifier === name || specifier.startsWith(`${name}/`)),
        )
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it("src/core imports nothing from adapters or storage", () => {
    const offences = sourceFiles(join(root, "src/core")).flatMap((path) =>
      importsOf(path)
        .filter(
          (specifier) => /\/(adapters|storage|services)\//.test(specifier) || specifier.startsWith("node:"),
        )
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it("the checker sees imports (guards against a test that cannot fail)", () => {
    expect(importsOf(join(root, "src/storage/sqlite/open-database.ts"))).toContain("better-sqlite3");
  });
});
