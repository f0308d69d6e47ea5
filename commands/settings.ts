import { z } from "zod";
import { defineCommand } from "../src/command-kit/command.js";
import type { Platform } from "../src/core/actor.js";
import {
  type CommunitySettings,
  isPublicOnWeb,
  MAX_LIMIT_WINDOW_MINUTES,
  RETENTION_DAYS_RANGE,
} from "../src/core/community-settings.js";
import { message, problem, type Reply } from "../src/core/reply.js";
import { marketplaceNames } from "../src/core/rules/marketplace-id.js";
import { marketplaceChoices } from "../src/core/rules/ruleset-choices.js";
import type { ChannelCheck } from "../src/ports/space-channels.js";

/** Channel and user references as people paste them: raw ids, Discord <#id>/<@id>/<@&id>, Slack <#C..|name>/<@U..>. */
function idsFrom(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((part) => part.trim().replace(/^<[#@]&?!?([^>|]+)(?:\|[^>]*)?>$/, "$1"))
    .filter((part) => part !== "");
}

/** "none" (or "-") clears a list. */
function isNone(value: string): boolean {
  return /^(?:none|-)$/i.test(value.trim());
}

const idList = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(?:none|-|[\s,<>#@&!|\w.-]+)$/i, "ids or mentions separated by commas, or none");

function describe(settings: CommunitySettings, platform: Platform, communityId: string): string {
  const shadowChannel = settings.shadowChannels[platform] ?? null;
  const elsewhere = Object.entries(settings.shadowChannels).filter(([other]) => other !== platform);
  const channels =
    settings.autoAnswerChannels === "forums"
      ? "every forum channel (the default)"
      : settings.autoAnswerChannels.length === 0
        ? "none"
        : settings.autoAnswerChannels.map((id) => `\`${id}\``).join(", ");
  const list = (ids: string[]) => (ids.length === 0 ? "none" : ids.map((id) => `\`${id}\``).join(", "));
  return [
    `- **Auto-answer channels:** ${channels}`,
    `- **Confidence threshold:** ${settings.confidenceThreshold}`,
    `- **Channel cooldown:** ${settings.channelCooldownSeconds} s`,
    `- **Shadow mode:** ${settings.shadowMode ? "on" : "off"}${settings.shadowMode ? ` (posts to ${shadowChannel ? `\`${shadowChannel}\`` : "no channel set here: nothing is posted"})` : ""}`,
    `- **Shadow channel:** ${shadowChannel ? `\`${shadowChannel}\`` : "none"}${
      elsewhere.length > 0
        ? ` (linked: ${elsewhere.map(([other, id]) => `${other} \`${id}\``).join(", ")})`
        : ""
    }`,
    `- **Moderator roles:** ${list(settings.moderatorRoleIds)}`,
    `- **Moderator users:** ${list(settings.moderatorUserIds)}`,
    `- **Marketplace:** ${marketplaceNames[settings.marketplace]} (\`${settings.marketplace}\`)`,
    `- **"Might help" offers:** ${
      settings.mightHelpOffChannels === "all"
        ? "off everywhere (silent when unsure)"
        : settings.mightHelpOffChannels.length === 0
          ? "on in every channel"
          : `off in ${list(settings.mightHelpOffChannels)}`
    }`,
    `- **Public web pages:** ${isPublicOnWeb(communityId, settings) ? "on" : "off"}${settings.publicWeb === null ? " (the default)" : ""}`,
    `- **Per-member limits** (every ${settings.limitWindowMinutes} min; 0 is no limit): ${settings.mentionLimit} @-mentions, ${settings.autoAnswerLimit} auto-answered posts, ${settings.suggestionLimit} suggestions`,
    `- **Members' data kept for:** ${settings.retentionDays} days`,
  ].join("\n");
}

const perMemberLimit = z.number().int("a whole number").min(0).max(1000).optional();

const spaceWord: Record<Platform, string> = { discord: "server", slack: "workspace", console: "console" };

/** Why a shadow channel was refused, in the member's own platform's words. */
function shadowChannelRefusal(
  channelId: string,
  check: Exclude<ChannelCheck, "here">,
  platform: Platform,
): Reply {
  const space = spaceWord[platform];
  const body = {
    elsewhere: `\`${channelId}\` is not a channel of this ${space}. The shadow channel must be one of this ${space}'s own channels, so that would-be answers only reach its moderators.`,
    "cannot-post": `gigdesk cannot post in \`${channelId}\`. Pick a text channel the bot has been added to (on Slack, \`/invite @gigdesk\` there first).`,
    unverifiable: `gigdesk could not check \`${channelId}\` with the platform just now. Try again in a minute; if it keeps failing, whoever runs the bot should check its permissions.`,
  }[check];
  return problem(check === "unverifiable" ? "busy" : "invalid-input", `${body} Nothing was changed.`, {
    option: "shadow_channel",
    channelId,
    check,
  });
}

export const settingsCommand = defineCommand({
  name: "settings",
  description: "Show or change this community's auto-answer settings (moderators)",
  options: z.object({
    auto_answer_channels: idList
      .optional()
      .describe("Channels for auto-answers: forums (every forum), none, or channel ids/mentions"),
    threshold: z
      .number()
      .min(0.05, "threshold must be at least 0.05")
      .max(1, "threshold must be at most 1")
      .optional()
      .describe("Minimum confidence (0.05-1) for a thread reply; higher means fewer, safer answers"),
    cooldown_seconds: z
      .number()
      .int("cooldown_seconds must be a whole number")
      .min(0)
      .max(86_400)
      .optional()
      .describe("Seconds after an auto-answer before the same channel gets another (0-86400)"),
    shadow_mode: z
      .boolean()
      .optional()
      .describe("On: post would-be answers to the shadow channel for moderators instead of the thread"),
    shadow_channel: idList
      .optional()
      .describe("Moderators' channel for shadow mode (id or mention), or none"),
    moderator_roles: idList
      .optional()
      .describe("Discord role ids or mentions that count as moderators, or none"),
    moderator_users: idList.optional().describe("User ids or mentions that count as moderators, or none"),
    marketplace: z
      .enum(marketplaceChoices)
      .optional()
      .describe("Marketplace /status and /eligibility use when a member names none (default upwork)"),
    might_help_off: idList
      .optional()
      .describe(
        'Channels that stay silent instead of offering "Might help" entries: ids/mentions, all, or none',
      ),
    public_web: z
      .boolean()
      .optional()
      .describe("On: the published FAQ gets public web pages anyone can read and search engines can index"),
    mention_limit: perMemberLimit.describe(
      "@-mentioned questions answered per member per window (0: no limit)",
    ),
    auto_answer_limit: perMemberLimit.describe(
      "Opening posts auto-answered per member per window (0: no limit)",
    ),
    suggestion_limit: perMemberLimit.describe("/faq suggest uses per member per window (0: no limit)"),
    limit_window_minutes: z
      .number()
      .int("limit_window_minutes must be a whole number")
      .min(1)
      .max(MAX_LIMIT_WINDOW_MINUTES)
      .optional()
      .describe(`The per-member limits' window in minutes (1-${MAX_LIMIT_WINDOW_MINUTES})`),
    retention_days: z
      .number()
      .int("retention_days must be a whole number")
      .min(RETENTION_DAYS_RANGE.min)
      .max(RETENTION_DAYS_RANGE.max)
      .optional()
      .describe(
        `Days members' questions, feedback and clicks are kept (${RETENTION_DAYS_RANGE.min}-${RETENTION_DAYS_RANGE.max})`,
      ),
  }),
  permission: "moderator",
  examples: [
    "settings",
    "settings mention_limit:5 limit_window_minutes:60",
    "settings retention_days:30",
    "settings threshold:0.8 cooldown_seconds:600",
    "settings shadow_mode:true shadow_channel:<#123456789012345678>",
    "settings auto_answer_channels:forums",
    "settings marketplace:fiverr",
    "settings might_help_off:<#123456789012345678>",
    "settings public_web:true",
  ],
  refine(input) {
    if (input.shadow_channel !== undefined && !isNone(input.shadow_channel)) {
      if (idsFrom(input.shadow_channel).length !== 1)
        return "`shadow_channel` takes exactly one channel (an id or a mention), or `none`.";
    }
    return undefined;
  },
  async run(input, ctx) {
    const platform = ctx.actor.platform;
    const patch: Partial<CommunitySettings> = {};
    if (input.auto_answer_channels !== undefined) {
      const value = input.auto_answer_channels.trim();
      patch.autoAnswerChannels = /^forums?$/i.test(value) ? "forums" : isNone(value) ? [] : idsFrom(value);
    }
    if (input.threshold !== undefined) patch.confidenceThreshold = input.threshold;
    if (input.cooldown_seconds !== undefined) patch.channelCooldownSeconds = input.cooldown_seconds;
    if (input.shadow_mode !== undefined) patch.shadowMode = input.shadow_mode;
    if (input.shadow_channel !== undefined) {
      // One shadow channel per platform: a linked community keeps the other side's as it is.
      const { [platform]: _previous, ...others } = (await ctx.services.settings.get()).shadowChannels;
      const chosen = isNone(input.shadow_channel) ? undefined : idsFrom(input.shadow_channel)[0];
      // Asked of the platform in the actor's own space: an id is easy to copy from another server.
      const check = chosen ? ((await ctx.channels?.check(chosen)) ?? "unverifiable") : "here";
      if (chosen && check !== "here") return shadowChannelRefusal(chosen, check, platform);
      patch.shadowChannels = chosen ? { ...others, [platform]: chosen } : others;
    }
    if (input.moderator_roles !== undefined) {
      patch.moderatorRoleIds = isNone(input.moderator_roles) ? [] : idsFrom(input.moderator_roles);
    }
    if (input.moderator_users !== undefined) {
      patch.moderatorUserIds = isNone(input.moderator_users) ? [] : idsFrom(input.moderator_users);
    }
    if (input.marketplace !== undefined) patch.marketplace = input.marketplace;
    if (input.might_help_off !== undefined) {
      const value = input.might_help_off.trim();
      patch.mightHelpOffChannels = /^all$/i.test(value) ? "all" : isNone(value) ? [] : idsFrom(value);
    }
    if (input.public_web !== undefined) patch.publicWeb = input.public_web;
    if (input.mention_limit !== undefined) patch.mentionLimit = input.mention_limit;
    if (input.auto_answer_limit !== undefined) patch.autoAnswerLimit = input.auto_answer_limit;
    if (input.suggestion_limit !== undefined) patch.suggestionLimit = input.suggestion_limit;
    if (input.limit_window_minutes !== undefined) patch.limitWindowMinutes = input.limit_window_minutes;
    if (input.retention_days !== undefined) patch.retentionDays = input.retention_days;
    const changed = Object.keys(patch);
    const settings =
      changed.length === 0
        ? await ctx.services.settings.get()
        : await ctx.services.settings.update(patch, ctx.actor);
    const warning =
      settings.shadowMode && settings.shadowChannels[platform] === undefined
        ? "\n\nShadow mode is on but no shadow channel is set: would-be answers are only logged. Set one with `shadow_channel:`."
        : "";
    return message({
      title: changed.length === 0 ? "Community settings" : "Settings updated",
      body: `${describe(settings, platform, ctx.services.communityId)}${warning}`,
      visibility: "private",
      data: { settings, changed },
    });
  },
});
