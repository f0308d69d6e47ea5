import type { Actor, Platform } from "../core/actor.js";
import type { Community, CommunityId, Space } from "../core/community.js";
import type { ThreadReplyStats } from "../core/faq/thread-reply-types.js";
import type { LimitedActivity, MemberAllowance, MemberLimit } from "../core/member-limits.js";
import type { CommunityScoped } from "./community-scoped.js";
import type { LinkCodeRefusal, LinkOutcome, UnlinkOutcome } from "./community-store.js";
import type { FaqSearch } from "./faq-search.js";
import type { Logger } from "./logger.js";
import type { MemberDataStore } from "./member-data-store.js";
import type { SettingsStore } from "./settings-store.js";
import type { FaqStores } from "./stores.js";
import type { ThreadReplyService } from "./thread-replies.js";
import type { ThreadReplyStore } from "./thread-reply-store.js";

/** The FAQ's stores as a command sees them: every call is the actor's community's. */
export type CommunityFaq = { [K in keyof FaqStores]: CommunityScoped<FaqStores[K]> };

/** Linking this community with another space (the actor's space is the one that joins or leaves). */
export interface CommunityLinks {
  describe(): Promise<Community>;
  /** A one-time code another space's moderator enters to join this community. */
  issueLinkCode(actor: Actor, now: Date): Promise<{ code: string; expiresAt: Date }>;
  redeemLinkCode(
    code: string,
    actor: Actor,
    now: Date,
  ): Promise<{ ok: true; value: LinkOutcome } | { ok: false; code: LinkCodeRefusal }>;
  unlink(
    actor: Actor,
    now: Date,
  ): Promise<{ ok: true; value: UnlinkOutcome } | { ok: false; code: "not-linked" }>;
}

/**
 * Everything a command may use: one community's FAQ, search, settings and counts, bound by the
 * adapter to the community of the actor (BotServices.forCommunity). Nothing here takes a community
 * from user input.
 */
export interface Services {
  communityId: CommunityId;
  faq: CommunityFaq;
  /** The matcher behind /ask, /faq search and the thread replies. */
  faqSearch: CommunityScoped<FaqSearch>;
  settings: CommunityScoped<SettingsStore>;
  threadReplies: {
    stats(topUnansweredLimit: number): Promise<ThreadReplyStats>;
  } & CommunityScoped<Pick<ThreadReplyStore, "findUnanswered" | "markTaught">> & {
      /** /faq unanswered: recent untaught questions, newest first. */
      unanswered: CommunityScoped<ThreadReplyStore>["listUnanswered"];
    };
  community: CommunityLinks;
  /** One use of a flood-limited activity by the actor, under this community's limit for it. */
  memberLimits: {
    take(
      activity: LimitedActivity,
      actor: Actor,
      eventKey: string,
      now: Date,
    ): Promise<{ allowance: MemberAllowance; limit: MemberLimit }>;
  };
  /** Erasing one member's data on request (/privacy erase). */
  memberData: CommunityScoped<Pick<MemberDataStore, "eraseMember">>;
  /** The entry's public web page, or null when the community has none (or PUBLIC_URL is unset). */
  webPageOf(slug: string): Promise<string | null>;
  logger: Logger;
  /** PUBLIC_URL: where the web pages are reachable, for links in replies; unset means no links. */
  publicUrl?: string;
}

/** Which community a space belongs to, and keeping every community's starter pack current. */
export interface CommunityDirectory {
  /** The space's community; a new space gets its own community, which starts with the starter pack. */
  communityOf(space: Space, now: Date): Promise<CommunityId>;
  /** The community with its spaces, or null when there is none of that id. */
  describe(id: CommunityId): Promise<Community | null>;
  /** Every community id (the public web lists those that opted in). */
  listIds(): Promise<CommunityId[]>;
  /** Makes sure a named community exists (the console's --community, the CLI), with the starter pack. */
  ensure(id: CommunityId, now: Date): Promise<void>;
  /** At start-up: every community gets the current starter pack's additions and corrections. */
  refreshStarterPacks(
    now: Date,
  ): Promise<{ communities: number; added: number; corrected: number; flagged: number }>;
}

/** What the adapters and the CLI hold: the directory, the thread replies, and per-community views. */
/** Platform deliveries seen by any instance on the shared database (Slack retries across replicas). */
export interface DeliveryDedupe {
  /**
   * True the first time any instance sees this delivery id within the platform's retry window.
   * With `heldForMs` the sighting is kept only that long unless keepSighting follows: an instance
   * that dies before its work is safe must not make the platform's retry look like a duplicate.
   */
  firstSighting(platform: Platform, deliveryId: string, now: Date, heldForMs?: number): Promise<boolean>;
  /** The delivery's work is safe (claimed, or nothing to claim): its sighting is kept the whole window. */
  keepSighting(platform: Platform, deliveryId: string, now: Date): Promise<void>;
}

export interface BotServices {
  communities: CommunityDirectory;
  threadReplies: ThreadReplyService;
  deliveries: DeliveryDedupe;
  forCommunity(id: CommunityId): Services;
  logger: Logger;
}
