import { describe, expect, it } from "vitest";
import { defaultCommunitySettings } from "../../../src/core/community-settings.js";
import { describeEachEngine, expectFault } from "./contract-engines.js";
import { freshCommunity } from "./contract-fixtures.js";

// Settings belong to a community; the audit row records where the moderator acted.
const actor = (userId: string) => ({ platform: "discord" as const, spaceId: "guild-1", userId });

describeEachEngine("community settings", ({ engine }) => {
  const settings = () => engine().stores.settings;

  describe("reading and updating", () => {
    it("gives the defaults to a community nobody configured", async () => {
      const { id } = await freshCommunity(engine());
      expect(await settings().get(id)).toEqual({
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
        mentionLimit: 10,
        autoAnswerLimit: 5,
        suggestionLimit: 5,
        limitWindowMinutes: 60,
        retentionDays: 90,
      });
    });

    it("updates one community only, keeps unchanged fields, and writes an audit row with before and after", async () => {
      const { id, auditRows } = await freshCommunity(engine());
      const { id: other } = await freshCommunity(engine());
      const updated = await settings().update(
        id,
        { shadowMode: true, shadowChannels: { discord: "mods" } },
        actor("mod-1"),
      );
      expect(updated).toMatchObject({
        shadowMode: true,
        shadowChannels: { discord: "mods" },
        autoAnswerChannels: "forums",
      });
      await settings().update(id, { autoAnswerChannels: ["c1", "c2"] }, actor("mod-2"));
      expect(await settings().get(id)).toMatchObject({
        shadowMode: true,
        autoAnswerChannels: ["c1", "c2"],
      });
      expect(await settings().get(other)).toEqual(defaultCommunitySettings);
      const rows = await auditRows();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        actor: "mod-1",
        platform: "discord",
        space: "guild-1",
        action: "settings.update",
        detail: {
          before: { shadowMode: false, shadowChannels: {} },
          after: { shadowMode: true, shadowChannels: { discord: "mods" } },
        },
      });
    });

    it("reads a hand-damaged stored field as its default instead of failing", async () => {
      const { id } = await freshCommunity(engine());
      await settings().update(id, { confidenceThreshold: 0.7 }, actor("admin"));
      await engine().rows(
        "update community_settings set settings = ? where community_id = ?",
        JSON.stringify({ confidenceThreshold: "high", shadowMode: true }),
        id,
      );
      expect(await settings().get(id)).toMatchObject({
        confidenceThreshold: defaultCommunitySettings.confidenceThreshold,
        shadowMode: true,
      });
    });

    it("leaves settings and audit log untouched when the write fails half-way", async () => {
      const { id, auditRows } = await freshCommunity(engine());
      const repair = await engine().failWrites({
        table: "audit_log",
        on: "insert",
        when: { column: "community_id", equals: id },
        message: "audit unavailable",
      });
      try {
        await expectFault(settings().update(id, { shadowMode: true }, actor("mod")), "audit unavailable");
      } finally {
        await repair();
      }
      expect((await settings().get(id)).shadowMode).toBe(false);
      expect(await auditRows()).toEqual([]);
    });
  });
});
