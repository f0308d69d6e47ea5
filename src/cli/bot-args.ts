import { COMMUNITY_ID_PATTERN, CONSOLE_COMMUNITY } from "../core/community.js";

/** Flags for `npm start -- ...`. Unknown flags are an error, so a typo is not silently ignored. */
export interface CliArgs {
  forceConsole: boolean;
  json: boolean;
  user: string;
  moderator: boolean;
  /** The console's community (default `console`); another id is created with the starter pack. */
  community: string;
  help: boolean;
}

export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

export const cliUsage = `Usage: npm start -- [--console] [--json] [--user NAME] [--moderator] [--community ID]
  --console      run the console adapter even when platform credentials are set
  --json         print one JSON object per input line (console)
  --user NAME    who is typing on the console (default: your login name)
  --moderator    the console user may run moderator commands
  --community ID the console's community (default: console); a new id starts with the starter pack`;

export function parseCliArgs(argv: readonly string[], defaultUser: string): CliArgsResult {
  const args: CliArgs = {
    forceConsole: false,
    json: false,
    user: defaultUser,
    moderator: false,
    community: CONSOLE_COMMUNITY,
    help: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    switch (flag) {
      case "--console":
        args.forceConsole = true;
        break;
      case "--json":
        args.json = true;
        break;
      case "--moderator":
        args.moderator = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--user": {
        const name = argv[index + 1];
        if (!name || name.startsWith("--"))
          return { ok: false, message: `--user needs a name.\n${cliUsage}` };
        args.user = name.slice(0, 80);
        index++;
        break;
      }
      case "--community": {
        const id = argv[index + 1];
        if (!id || id.startsWith("--") || !COMMUNITY_ID_PATTERN.test(id))
          return {
            ok: false,
            message: `--community needs an id of letters, digits, - and _ (at most 80), e.g. --community a.\n${cliUsage}`,
          };
        args.community = id;
        index++;
        break;
      }
      default:
        return { ok: false, message: `Unknown flag "${flag}".\n${cliUsage}` };
    }
  }
  return { ok: true, args };
}
