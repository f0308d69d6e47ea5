import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { StartupError } from "../src/startup-error.js";

function failure(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("loadConfig", () => {
  it("defaults to the console on an embedded database", () => {
    expect(loadConfig({})).toEqual({
      databasePath: "./data/gigdesk.sqlite",
      logLevel: undefined,
      discord: undefined,
      slack: undefined,
    });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_PATH: "", LOG_LEVEL: " ", DISCORD_TOKEN: "" }).discord).toBeUndefined();
  });

  it("reads both platforms at once", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "token",
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:9999/api",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "secret",
      PORT: "4000",
    });
    expect(config.discord).toEqual({
      token: "token",
      applicationId: "123456789012345678",
      apiUrl: "http://127.0.0.1:9999/api",
    });
    expect(config.slack).toEqual({ botToken: "xoxb-1", signingSecret: "secret", port: 4000 });
  });

  it("lists every bad variable in one message", () => {
    const text = failure({ LOG_LEVEL: "loud", PORT: "99999", DATABASE_PATH: "/tmp/folder/" });
    expect(text).toContain("3 settings are not valid");
    expect(text).toContain('LOG_LEVEL (got "loud"): should be one of fatal, error');
    expect(text).toContain('PORT (got "99999")');
    expect(text).toContain("DATABASE_PATH");
    expect(text).toContain(".env.example");
  });

  it.each([
    [{ DISCORD_TOKEN: "t" }, "DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set"],
    [{ DISCORD_APPLICATION_ID: "123456789012345678" }, "DISCORD_TOKEN: is required"],
    [{ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "abc" }, "numeric id"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET: is required"],
    [{ SLACK_BOT_TOKEN: "xoxp-1", SLACK_SIGNING_SECRET: "s" }, "starting with xoxb-"],
    [{ SLACK_APP_TOKEN: "xapp-1" }, "SLACK_BOT_TOKEN: is required"],
    [{ SLACK_API_URL: "not a url" }, "http(s) URL"],
  ])("%j is refused", (environment, expected) => {
    expect(failure(environment)).toContain(expected);
  });

  it("never prints a secret's value", () => {
    const text = failure({ SLACK_BOT_TOKEN: "xoxp-leaked-value", SLACK_SIGNING_SECRET: "s" });
    expect(text).not.toContain("leaked-value");
  });
});
