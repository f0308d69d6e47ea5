import type { CommunityId } from "../core/community.js";
import type { CommunitySettings } from "../core/community-settings.js";
import type { FaqActor } from "../core/faq/types.js";

export interface SettingsStore {
  get(community: CommunityId): Promise<CommunitySettings>;
  /** Writes the change and an audit row in one transaction; returns the new settings. */
  update(
    community: CommunityId,
    patch: Partial<CommunitySettings>,
    actor: FaqActor,
  ): Promise<CommunitySettings>;
}
