import type { CommunitySettings } from "./community-settings.js";
import { message, type Reply } from "./reply.js";

/** What a member's flood limits count. */
export type LimitedActivity = "mention" | "auto-answer" | "suggestion";

/** The kind a "slow down" notice is recorded under: one per member per window, whatever the limit. */
export const SLOW_DOWN_NOTICE = "slow-down";

export interface MemberLimit {
  activity: LimitedActivity;
  /** How many are let through per window; 0 means no limit. */
  limit: number;
  windowSeconds: number;
}

/** The community's limit for one kind of activity. */
export function memberLimitFor(
  settings: Pick<
    CommunitySettings,
    "mentionLimit" | "autoAnswerLimit" | "suggestionLimit" | "limitWindowMinutes"
  >,
  activity: LimitedActivity,
): MemberLimit {
  const limit = {
    mention: settings.mentionLimit,
    "auto-answer": settings.autoAnswerLimit,
    suggestion: settings.suggestionLimit,
  }[activity];
  return { activity, limit, windowSeconds: settings.limitWindowMinutes * 60 };
}

export type MemberAllowance =
  | { kind: "allowed" }
  | {
      kind: "refused";
      /** True for the first refusal in a window: the member is told once, then the bot stays quiet. */
      notify: boolean;
      /** When the oldest counted use leaves the window and one more is let through. */
      retryAfterSeconds: number;
    };

/** What the store read inside its transaction, for one member and one kind of activity. */
export interface MemberUsage {
  /** The same event (a second delivery of one message) was already counted: let it through again. */
  alreadyCounted: boolean;
  /** Uses inside the window. */
  used: number;
  /** The oldest use inside the window, or null when there is none. */
  oldestAt: Date | null;
  /** Whether this member was already sent a "slow down" notice inside the window. */
  noticeSent: boolean;
}

/**
 * The sliding-window decision. Refused attempts are not counted, so a member who keeps flooding
 * gets through again as soon as old uses leave the window, and a flood stores nothing.
 */
export function decideAllowance(usage: MemberUsage, limit: MemberLimit, now: Date): MemberAllowance {
  if (limit.limit <= 0 || usage.alreadyCounted || usage.used < limit.limit) return { kind: "allowed" };
  const oldest = usage.oldestAt ?? now;
  const freesAt = oldest.getTime() + limit.windowSeconds * 1000;
  const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
  return { kind: "refused", notify: !usage.noticeSent, retryAfterSeconds };
}

const what: Record<LimitedActivity, (n: number) => string> = {
  mention: (n) => `${n} question${n === 1 ? "" : "s"} addressed to me`,
  "auto-answer": (n) => `${n} new question thread${n === 1 ? "" : "s"} answered`,
  suggestion: (n) => `${n} FAQ suggestion${n === 1 ? "" : "s"}`,
};

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

function describeWindow(seconds: number): string {
  const minutes = seconds / 60;
  if (minutes === 60) return "an hour";
  return minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}

/** The private "slow down" message: which limit, and when the member can go on. */
export function slowDownNotice(limit: MemberLimit, retryAfterSeconds: number): Reply {
  return message({
    title: "Slow down a little",
    body: `This community allows ${what[limit.activity](limit.limit)} per member in ${describeWindow(
      limit.windowSeconds,
    )}, and you have reached that. I'll stay quiet until then; you can go on in about ${describeWait(
      retryAfterSeconds,
    )}. A moderator can help in the meantime.`,
    visibility: "private",
    data: {
      limit: limit.activity,
      perWindow: limit.limit,
      windowSeconds: limit.windowSeconds,
      retryAfterSeconds,
    },
  });
}
