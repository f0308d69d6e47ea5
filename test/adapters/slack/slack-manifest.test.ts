import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import {
  buildSlackManifest,
  slackBotEvents,
  slackBotScopes,
} from "../../../src/adapters/slack/slack-manifest.js";

describe("Slack app manifest", () => {
  it("declares exactly one slash command per command in the code, at the events URL", () => {
    const manifest = buildSlackManifest(commands, { baseUrl: "https://bot.example.org/" }) as {
      features: { slash_commands: Array<{ command: string; url: string; usage_hint: string }> };
    };
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(
      commands.map((entry) => `/${entry.name}`),
    );
    for (const command of manifest.features.slash_commands) {
      expect(command.url).toBe("https://bot.example.org/slack/events");
      expect(command.usage_hint.length).toBeGreaterThan(0);
      expect(command.usage_hint.length).toBeLessThanOrEqual(1000);
    }
  });

  it("stays within the limits of Slack's manifest schema (slackapi/manifest-schema, v1)", () => {
    const manifest = buildSlackManifest(commands) as {
      display_information: { name: string; description: string };
      features: {
        slash_commands: Array<{ command: string; description: string; usage_hint: string }>;
        shortcuts: Array<{ name: string; description: string; callback_id: string }>;
      };
    };
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.slash_commands.length).toBeLessThanOrEqual(50);
    for (const command of manifest.features.slash_commands) {
      expect(command.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(command.description.length).toBeGreaterThanOrEqual(1);
      expect(command.description.length).toBeLessThanOrEqual(2000);
    }
    for (const shortcut of manifest.features.shortcuts) {
      expect(shortcut.name.length).toBeLessThanOrEqual(24);
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
    }
  });

  it("asks for the scopes and events the adapter uses", () => {
    expect(slackBotScopes).toEqual(
      expect.arrayContaining([
        "commands",
        "chat:write",
        "app_mentions:read",
        "users:read",
        "channels:read",
        "groups:read",
      ]),
    );
    expect(slackBotEvents).toEqual(
      expect.arrayContaining(["app_mention", "message.channels", "message.groups", "app_home_opened"]),
    );
  });

  it("`npm run slack:manifest` prints YAML whose slash commands equal the code's commands", () => {
    const yaml = execFileSync("npx", ["tsx", "src/cli/slack-manifest.ts", "--socket-mode"], {
      encoding: "utf8",
    });
    const printed = [...yaml.matchAll(/^\s+- command: "([^"]+)"$/gm)].map((match) => match[1]);
    expect(printed).toEqual(commands.map((entry) => `/${entry.name}`));
    expect(yaml).toContain("socket_mode_enabled: true");
    expect(yaml).not.toContain("request_url");
  });
});
