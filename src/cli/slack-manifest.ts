/**
 * `npm run slack:manifest [-- --url https://bot.example.org] [-- --socket-mode]` prints the Slack app
 * manifest (YAML) generated from the same command list the bot registers, to paste into
 * https://api.slack.com/apps → Create New App → From an app manifest.
 */
import { commands } from "../../commands/index.js";
import { buildSlackManifest, type ManifestOptions } from "../adapters/slack/slack-manifest.js";
import { toYaml } from "../adapters/slack/to-yaml.js";

function parseArguments(args: readonly string[]): ManifestOptions {
  const options: ManifestOptions = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--socket-mode") options.socketMode = true;
    else if (arg === "--url") options.baseUrl = args[++index];
    else if (arg?.startsWith("--url=")) options.baseUrl = arg.slice("--url=".length);
    else if (arg === "--name") options.appName = args[++index];
    else {
      process.stderr.write(
        `Unknown argument ${arg}. Usage: slack:manifest [--url https://host] [--socket-mode] [--name gigdesk]\n`,
      );
      process.exit(2);
    }
  }
  return options;
}

process.stdout.write(toYaml(buildSlackManifest(commands, parseArguments(process.argv.slice(2)))));
