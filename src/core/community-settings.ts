import { z } from "zod";
import type { Platform } from "./actor.js";
import { CONSOLE_COMMUNITY } from "./community.js";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "./faq/decide-thread-reply.js";
import { type MarketplaceId, marketplaceIdSchema } from "./rules/marketplace-id.js";

/** Per-community settings, changed by moderators with /settings. */
export interface CommunitySettings {
  /**
   * Channels where opening posts get auto-answers. "forums" (the default) means every forum
   * channel on Discord; Slack has no forums, so there it means none until channels are listed.
   */
  autoAnswerChannels: "forums" | string[];
  /** Minimum calibrated confidence (0-1) for a thread reply. */
  confidenceThreshold: number;
  /** Seconds after an auto-answer during which the same channel gets no other. */
  channelCooldownSeconds: number;
  /** When on, replies go to the moderators' shadow channel instead of the thread. */
  shadowMode: boolean;
  /**
   * The moderators' channel on each platform: a community that spans a Discord server and a Slack
   * workspace has one on each side, and a channel id means nothing on the other platform.
   */
  shadowChannels: Partial<Record<Platform, string>>;
  /** Discord role ids whose members count as moderators. */
  moderatorRoleIds: string[];
  /** User ids that count as moderators (Slack, or Discord users without the role). */
  moderatorUserIds: string[];
  /** The marketplace /status and /eligibility answer for when a member names none. */
  marketplace: MarketplaceId;
  /**
   * Channels where a likely-but-unsure match stays silent instead of offering "Might help"
   * buttons (the middle band): "all", or the channel ids moderators listed. Offers are on elsewhere.
   */
  mightHelpOffChannels: "all" | string[];
  /**
   * Whether the FAQ has public web pages. Null means the default: on for the console community
   * (a local install shows its FAQ at once), off for every Discord server and Slack workspace.
   */
  publicWeb: boolean | null;
  /**
   * Flood limits, per member per `limitWindowMinutes` (0 turns one off): questions addressed to
   * the bot by @-mention, opening posts in auto-answer channels, and /faq suggest. Past a limit
   * the bot stays silent and tells the member privately, once per window, to slow down.
   */
  mentionLimit: number;
  autoAnswerLimit: number;
  suggestionLimit: number;
  limitWindowMinutes: number;
  /** Days members' questions, clicks and feedback are kept before the periodic purge removes them. */
  retentionDays: number;
}

/** The longest flood-limit window /settings accepts; activity older than this is never read. */
export const MAX_LIMIT_WINDOW_MINUTES = 24 * 60;
/** The retention /settings accepts: from a day to ten years. */
export const RETENTION_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** Whether the middle band may offer "Might help" buttons in this channel. */
export function mightHelpOn(
  settings: Pick<CommunitySettings, "mightHelpOffChannels">,
  channelId: string,
): boolean {
  const off = settings.mightHelpOffChannels;
  return off !== "all" && !off.includes(channelId);
}

/** What a community gets until a moderator changes something (issue 6: forums only, no shadow mode). */
export const defaultCommunitySettings: CommunitySettings = {
  autoAnswerChannels: "forums",
  // Tuned on the labelled eval set (npm run eval): at 0.6 too many must-not-answer messages got answers.
  confidenceThreshold: DEFAULT_CONFIDENCE_THRESHOLD,
  channelCooldownSeconds: 0,
  shadowMode: false,
  shadowChannels: {},
  moderatorRoleIds: [],
  moderatorUserIds: [],
  marketplace: "upwork",
  mightHelpOffChannels: [],
  publicWeb: null,
  // A member asking ten questions of the bot in an hour is busy; two hundred is a flood.
  mentionLimit: 10,
  // Opening five forum threads an hour is already a lot for one person.
  autoAnswerLimit: 5,
  suggestionLimit: 5,
  limitWindowMinutes: 60,
  // Long enough for moderators to work through the unanswered list, short enough not to become an archive.
  retentionDays: 90,
};

/** The console community is public by default; every other community only after /settings public_web:true. */
export function isPublicOnWeb(communityId: string, settings: Pick<CommunitySettings, "publicWeb">): boolean {
  return settings.publicWeb ?? communityId === CONSOLE_COMMUNITY;
}

/**
 * Stored settings are parsed field by field: a field that no longer fits (an older format, a
 * hand edit) falls back to its default instead of breaking every reply in that community.
 */
const storedFields = {
  autoAnswerChannels: z.union([z.literal("forums"), z.array(z.string())]),
  confidenceThreshold: z.number().min(0).max(1),
  channelCooldownSeconds: z.number().int().min(0),
  shadowMode: z.boolean(),
  shadowChannels: z.partialRecord(z.enum(["console", "discord", "slack"]), z.string()),
  moderatorRoleIds: z.array(z.string()),
  moderatorUserIds: z.array(z.string()),
  marketplace: marketplaceIdSchema,
  mightHelpOffChannels: z.union([z.literal("all"), z.array(z.string())]),
  publicWeb: z.boolean().nullable(),
  mentionLimit: z.number().int().min(0),
  autoAnswerLimit: z.number().int().min(0),
  suggestionLimit: z.number().int().min(0),
  limitWindowMinutes: z.number().int().min(1).max(MAX_LIMIT_WINDOW_MINUTES),
  retentionDays: z.number().int().min(RETENTION_DAYS_RANGE.min).max(RETENTION_DAYS_RANGE.max),
} satisfies { [K in keyof CommunitySettings]: z.ZodType };

export function readStoredSettings(stored: unknown): CommunitySettings {
  const record = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...defaultCommunitySettings };
  for (const [key, schema] of Object.entries(storedFields)) {
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as unknown as CommunitySettings;
}
