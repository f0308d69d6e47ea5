import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { discordCommandsJson } from "../../../src/adapters/discord/command-json.js";
import { registerDiscordCommands } from "../../../src/adapters/discord/register-commands.js";
import { applicationId, botUser, fakeBotToken } from "./discord-harness.js";
import { FakeDiscordServer } from "./fake-discord/fake-discord-server.js";
import { fakeGuild } from "./fake-discord/fake-guild.js";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** `npm run discord:register` makes Discord's list equal the code's, by one bulk overwrite. */
describe("command registration", () => {
  let fake: FakeDiscordServer;
  const guild = fakeGuild();
  const expectedBody = JSON.parse(JSON.stringify(discordCommandsJson(commands)));

  beforeAll(async () => {
    fake = await FakeDiscordServer.start({ applicationId, botUser, guild });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("PUTs exactly the commands' JSON to one guild when a guild id is given", async () => {
    const outcome = await registerDiscordCommands(
      { token: fakeBotToken, applicationId, guildId: guild.id, apiUrl: fake.apiUrl },
      commands,
    );
    const put = await fake.waitForRequest(
      (request) =>
        request.method === "PUT" &&
        request.path === `/applications/${applicationId}/guilds/${guild.id}/commands`,
    );
    expect(put.body).toEqual(expectedBody);
    expect(put.authorization).toBe(`Bot ${fakeBotToken}`);
    expect(outcome).toEqual({
      scope: "guild",
      names: expectedBody.map((command: { name: string }) => command.name),
    });
  });

  it("PUTs globally without a guild id", async () => {
    const outcome = await registerDiscordCommands(
      { token: fakeBotToken, applicationId, apiUrl: fake.apiUrl },
      commands,
    );
    const put = await fake.waitForRequest(
      (request) => request.method === "PUT" && request.path === `/applications/${applicationId}/commands`,
    );
    expect(put.body).toEqual(expectedBody);
    expect(outcome.scope).toBe("global");
  });

  it("runs as `npm run discord:register`, configured from the environment", async () => {
    const before = fake.requests.length;
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/discord-register.ts"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DISCORD_TOKEN: fakeBotToken,
        DISCORD_APPLICATION_ID: applicationId,
        DISCORD_GUILD_ID: guild.id,
        DISCORD_API_URL: fake.apiUrl,
      },
      timeout: 20_000,
    });
    expect(stdout).toContain(`Registered ${expectedBody.length} commands for server ${guild.id}`);
    const puts = fake.requests.slice(before).filter((request) => request.method === "PUT");
    expect(puts).toHaveLength(1);
    expect(puts[0]?.body).toEqual(expectedBody);
    expect(stdout).not.toContain(fakeBotToken);
  });
});
