import type { webApi } from "@slack/bolt";
import type { Actor } from "../../core/actor.js";
import { isModerator } from "../../core/moderation.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../ports/logger.js";
import type { BotServices } from "../../ports/services.js";
import { slackErrorCode } from "./slack-error-code.js";

interface MemberFacts {
  displayName: string;
  isWorkspaceAdmin: boolean;
  fetchedAtMs: number;
}

export interface ActorRequest {
  teamId: string;
  userId: string;
  channelId?: string;
  threadId?: string;
}

export interface ActorCacheLimits {
  /** users.info is rate limited (Tier 4): a short cache keeps a busy channel from spending it. */
  maxAgeMs: number;
  /** Members remembered at most, across workspaces; the least recently used are forgotten first. */
  maxMembers: number;
  /** A refusal is re-checked against Slack only when the cached facts are at least this old. */
  recheckAfterMs: number;
}

// An admin change takes effect within minutes anyway; a refusal re-checks sooner (recheckRefusal).
export const defaultActorCacheLimits: ActorCacheLimits = {
  maxAgeMs: 5 * 60 * 1000,
  maxMembers: 5_000,
  recheckAfterMs: 10_000,
};

/**
 * Builds the Actor for a Slack user: workspace admin or owner from users.info, display name, and
 * the moderator decision taken by the one core rule with the community's settings. The facts are
 * cached, bounded in age and number (issue 15: the cache was never pruned).
 */
export class SlackActorResolver {
  private readonly members = new Map<string, MemberFacts>();

  constructor(
    private readonly services: BotServices,
    private readonly logger: Logger,
    private readonly now: () => Date,
    private readonly limits: ActorCacheLimits = defaultActorCacheLimits,
  ) {}

  async resolve(client: webApi.WebClient, request: ActorRequest, fresh = false): Promise<Actor> {
    const facts = await this.memberFacts(client, request, fresh ? 0 : this.limits.maxAgeMs);
    // The community comes from the workspace the request came from, never from its payload's text.
    const communityId = await this.services.communities.communityOf(
      { platform: "slack", spaceId: request.teamId },
      this.now(),
    );
    const settings = await this.services.forCommunity(communityId).settings.get();
    const actor: Actor = {
      platform: "slack",
      spaceId: request.teamId,
      communityId,
      userId: request.userId,
      displayName: facts.displayName,
      isModerator: isModerator(
        { platform: "slack", userId: request.userId, isWorkspaceAdmin: facts.isWorkspaceAdmin },
        settings,
      ),
    };
    if (request.channelId) actor.channelId = request.channelId;
    if (request.threadId) actor.threadId = request.threadId;
    return actor;
  }

  /**
   * Runs `act` as the member. When it is refused as not allowed on cached facts (the member may
   * have been made an admin since), the member is read from Slack again and, if that makes them a
   * moderator, `act` runs once more: a refusal is decided before anything changes, so running
   * again is safe. `act` returns null when it answered by other means (a modal opened).
   */
  async recheckRefusal(
    client: webApi.WebClient,
    request: ActorRequest,
    act: (actor: Actor) => Promise<Reply | null>,
  ): Promise<{ actor: Actor; reply: Reply | null }> {
    const actor = await this.resolve(client, request);
    const reply = await act(actor);
    if (reply?.code !== "not-allowed" || actor.isModerator) return { actor, reply };
    const cached = this.members.get(memberKey(request));
    if (cached && this.now().getTime() - cached.fetchedAtMs < this.limits.recheckAfterMs)
      return { actor, reply };
    const fresh = await this.resolve(client, request, true);
    return fresh.isModerator ? { actor: fresh, reply: await act(fresh) } : { actor, reply };
  }

  /** The member's display name (cached like the admin flag); the user id when Slack cannot say. */
  async displayName(client: webApi.WebClient, teamId: string, userId: string): Promise<string> {
    return (await this.memberFacts(client, { teamId, userId }, this.limits.maxAgeMs)).displayName;
  }

  private async memberFacts(
    client: webApi.WebClient,
    request: ActorRequest,
    maxAgeMs: number,
  ): Promise<MemberFacts> {
    const key = memberKey(request);
    const nowMs = this.now().getTime();
    const cached = this.members.get(key);
    if (cached && nowMs - cached.fetchedAtMs < maxAgeMs) {
      // Re-inserted so that the Map's order stays least recently used first.
      this.members.delete(key);
      this.members.set(key, cached);
      return cached;
    }
    try {
      const result = await client.users.info({ user: request.userId });
      const user = result.user;
      const facts: MemberFacts = {
        displayName: user?.profile?.display_name || user?.real_name || user?.name || request.userId,
        isWorkspaceAdmin: user?.is_admin === true || user?.is_owner === true,
        fetchedAtMs: nowMs,
      };
      this.remember(key, facts);
      return facts;
    } catch (error) {
      // Without users.info we cannot see admin rights; configured moderator ids still work.
      this.logger.warn({ slackError: slackErrorCode(error), userId: request.userId }, "users.info failed");
      return { displayName: request.userId, isWorkspaceAdmin: false, fetchedAtMs: nowMs };
    }
  }

  private remember(key: string, facts: MemberFacts): void {
    this.members.delete(key);
    this.members.set(key, facts);
    for (const oldest of this.members.keys()) {
      if (this.members.size <= this.limits.maxMembers) break;
      this.members.delete(oldest);
    }
  }

  /** How many members are remembered (for tests and the operator's curiosity). */
  get size(): number {
    return this.members.size;
  }
}

function memberKey(request: ActorRequest): string {
  return `${request.teamId}:${request.userId}`;
}
