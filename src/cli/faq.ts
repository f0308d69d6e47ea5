import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { loadConfig } from "../config.js";
import { loadStarterPack } from "../content/seed-starter-pack.js";
import { createCommunityDirectory } from "../services/community-directory.js";
import { silentLogger } from "../services/silent-logger.js";
import { StartupError } from "../startup-error.js";
import { describeStorageFailure } from "../storage/describe-storage-failure.js";
import { runFaqCli } from "./faq/run-faq-cli.js";
import { openStores } from "./open-stores.js";

/** `npm run faq -- export|import|move-community ...` (see faqCliUsage). */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const { stores, close } = await openStores(config);
  try {
    return await runFaqCli(
      process.argv.slice(2),
      { stores, communities: createCommunityDirectory(stores, loadStarterPack(), silentLogger) },
      {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        stderrIsTerminal: process.stderr.isTTY === true,
        readFile: (path) => readFileSync(path),
        writeFile: (path, text) => writeFileSync(path, text, "utf8"),
        ...osUser(),
      },
      new Date(),
    );
  } finally {
    await close();
  }
}

/** The operating-system user, when the system can say (a container may have none). */
function osUser(): { osUser: string } | Record<string, never> {
  try {
    const name = userInfo().username;
    return name ? { osUser: name } : {};
  } catch {
    return {};
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
