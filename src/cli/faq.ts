import { readFileSync, writeFileSync } from "node:fs";
import { loadConfig } from "../config.js";
import { StartupError } from "../startup-error.js";
import { openDatabase } from "../storage/sqlite/open-database.js";
import { createSqliteStores } from "../storage/sqlite/sqlite-stores.js";
import { describeStorageFailure } from "../storage/sqlite/storage-failure.js";
import { runFaqCli } from "./faq/run-faq-cli.js";

/** `npm run faq -- export [file]` / `npm run faq -- import <file|starter> [--dry-run] [--replace]`. */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const database = openDatabase(config.databasePath);
  try {
    return await runFaqCli(
      process.argv.slice(2),
      createSqliteStores(database).faq,
      {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        stderrIsTerminal: process.stderr.isTTY === true,
        readFile: (path) => readFileSync(path),
        writeFile: (path, text) => writeFileSync(path, text, "utf8"),
      },
      new Date(),
    );
  } finally {
    database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const storageFailure = describeStorageFailure(error);
  if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else if (storageFailure) {
    process.stderr.write(`gigdesk could not finish: ${storageFailure}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
