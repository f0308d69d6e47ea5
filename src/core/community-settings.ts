import { z } from "zod";
import type { Platform } from "./actor.js";
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
}

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
};

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
