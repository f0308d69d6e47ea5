import { describe, expect, it } from "vitest";
import { defaultCommunitySettings } from "../../src/core/community-settings.js";
import { openDatabase } from "../../src/storage/sqlite/open-database.js";
import { createSqliteSettingsStore } from "../../src/storage/sqlite/settings-store.js";
import { sqliteHandle } from "../../src/storage/sqlite/sqlite-handle.js";

// Settings belong to a community; the audit row records where the moderator acted.
const discordGuild = "discord-guild-1";
const slackTeam = "slack-T1";
const actor = (userId: string) => ({ platform: "discord" as const, spaceId: "guild-1", userId });

function open() {
  const database = openDatabase(":memory:");
  const store = createSqliteSettingsStore(
    sqliteHandle(database.sqlite),
    () => new Date("2026-11-20T12:00:00.000Z"),
  );
  const audit = () =>
    database.sqlite
      .prepare("select actor, platform, space_id as community, action, detail, at from audit_log order by id")
      .all() as {
      actor: string;
      platform: string;
      community: string;
      action: string;
      detail: string;
      at: string;
    }[];
  return { database, store, audit };
}

describe("SettingsStore over SQLite", () => {
  it("gives the defaults to a community nobody configured", async () => {
    expect(await open().store.get(discordGuild)).toEqual({
      autoAnswerChannels: "forums",
      confidenceThreshold: defaultCommunitySettings.confidenceThreshold,
      channelCooldownSeconds: 0,
      shadowMode: false,
      shadowChannels: {},
      moderatorRoleIds: [],
      moderatorUserIds: [],
      marketplace: "upwork",
      mightHelpOffChannels: [],
      publicWeb: null,
    });
  });

  it("updates one community only, keeps unchanged fields, and writes an audit row with before and after", async () => {
    const { store, audit } = open();
    const updated = await store.update(
      discordGuild,
      { shadowMode: true, shadowChannels: { discord: "mods" } },
      actor("mod-1"),
    );
    expect(updated).toMatchObject({
      shadowMode: true,
      shadowChannels: { discord: "mods" },
      autoAnswerChannels: "forums",
    });
    await store.update(discordGuild, { autoAnswerChannels: ["c1", "c2"] }, actor("mod-2"));
    expect(await store.get(discordGuild)).toMatchObject({
      shadowMode: true,
      autoAnswerChannels: ["c1", "c2"],
    });
    expect(await store.get(slackTeam)).toEqual(defaultCommunitySettings);
    const rows = audit();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actor: "mod-1",
      platform: "discord",
      community: "guild-1",
      action: "settings.update",
    });
    expect(JSON.parse(rows[0]?.detail ?? "{}")).toEqual({
      before: { shadowMode: false, shadowChannels: {} },
      after: { shadowMode: true, shadowChannels: { discord: "mods" } },
    });
  });

  it("reads a hand-damaged stored field as its default instead of failing", async () => {
    const { database, store } = open();
    await store.update(slackTeam, { confidenceThreshold: 0.7 }, actor("admin"));
    database.sqlite
      .prepare("update community_settings set settings = ? where community_id = ?")
      .run(JSON.stringify({ confidenceThreshold: "high", shadowMode: true }), slackTeam);
    expect(await store.get(slackTeam)).toMatchObject({
      confidenceThreshold: defaultCommunitySettings.confidenceThreshold,
      shadowMode: true,
    });
  });

  it("leaves settings and audit log untouched when the write fails half-way", async () => {
    const { database, store, audit } = open();
    database.sqlite.exec(
      "create trigger no_audit before insert on audit_log begin select raise(abort, 'audit unavailable'); end",
    );
    await expect(store.update(discordGuild, { shadowMode: true }, actor("mod"))).rejects.toThrow(
      /audit unavailable/,
    );
    expect((await store.get(discordGuild)).shadowMode).toBe(false);
    expect(audit()).toEqual([]);
  });
});
