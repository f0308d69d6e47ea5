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
      http: undefined,
      web: {},
      claims: {},
    });
  });

  it("runs the HTTP server only when PORT is set or Slack needs it", () => {
    expect(loadConfig({ PORT: "8080" }).http).toEqual({ port: 8080 });
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).http).toEqual({ port: 3000 });
    expect(
      loadConfig({ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "123456789012345678" }).http,
    ).toBeUndefined();
  });

  it("reads PUBLIC_URL without its trailing slash and refuses one with a query", () => {
    expect(loadConfig({ PUBLIC_URL: "https://faq.example.org/" }).web.publicUrl).toBe(
      "https://faq.example.org",
    );
    expect(failure({ PUBLIC_URL: "https://faq.example.org/?a=1" })).toContain("PUBLIC_URL");
    expect(failure({ PUBLIC_URL: "javascript:alert(1)" })).toContain("PUBLIC_URL");
    expect(failure({ WEB_SEARCHES_PER_MINUTE: "0" })).toContain("WEB_SEARCHES_PER_MINUTE");
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

  it("selects PostgreSQL with a postgres:// or postgresql:// DATABASE_URL and refuses anything else", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db:5432/gigdesk" }).databaseUrl).toBe(
      "postgres://bot:pw@db:5432/gigdesk",
    );
    expect(loadConfig({ DATABASE_URL: "postgresql://db/gigdesk" }).databaseUrl).toBe(
      "postgresql://db/gigdesk",
    );
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
    expect(failure({ DATABASE_URL: "mysql://db/gigdesk" })).toContain("DATABASE_URL");
    // A refused URL is not echoed: it may carry the password.
    expect(failure({ DATABASE_URL: "mysql://bot:hunter2@db/gigdesk" })).not.toContain("hunter2");
  });

  it("never prints a secret's value", () => {
    const text = failure({ SLACK_BOT_TOKEN: "xoxp-leaked-value", SLACK_SIGNING_SECRET: "s" });
    expect(text).not.toContain("leaked-value");
  });
});
