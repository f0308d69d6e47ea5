import { createHash, randomInt } from "node:crypto";
import type { Actor } from "../core/actor.js";
import { type CommunityId, LINK_CODE_LIFETIME_MS } from "../core/community.js";
import type { CommunityStore } from "../ports/community-store.js";
import type { CommunityLinks } from "../ports/services.js";

// No 0/O or 1/I/L: a code is read off one screen and typed into another.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

/** The code as people type it: case and spaces or dashes do not matter. */
export function normaliseLinkCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, "");
}

/** Only a hash of a code is stored: a database copy cannot be used to join a community. */
export function hashLinkCode(code: string): string {
  return createHash("sha256").update(normaliseLinkCode(code)).digest("hex");
}

function newLinkCode(): string {
  let code = "";
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Linking for the commands of one community; the actor's own space is the one that joins or leaves. */
export function communityLinksFor(store: CommunityStore, community: CommunityId): CommunityLinks {
  const spaceOf = (actor: Actor) => ({ platform: actor.platform, spaceId: actor.spaceId });
  return {
    async describe() {
      const found = await store.get(community);
      if (!found) throw new Error(`community ${community} is gone while one of its members used it`);
      return found;
    },

    async issueLinkCode(actor, now) {
      const code = newLinkCode();
      const expiresAt = new Date(now.getTime() + LINK_CODE_LIFETIME_MS);
      await store.issueLinkCode(community, hashLinkCode(code), actor, now, expiresAt);
      return { code, expiresAt };
    },

    redeemLinkCode(code, actor, now) {
      return store.redeemLinkCode(hashLinkCode(code), spaceOf(actor), actor, now);
    },

    async unlink(actor, now) {
      // A fresh id for the space that leaves: its default name when free, else a numbered one.
      const base = actor.platform === "console" ? actor.spaceId : `${actor.platform}-${actor.spaceId}`;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const candidate = attempt === 0 ? base : `${base}-${attempt + 1}`;
        const outcome = await store.unlink(spaceOf(actor), candidate, actor, now);
        if (outcome.ok || outcome.code === "not-linked")
          return outcome.ok ? outcome : { ok: false, code: "not-linked" };
      }
      throw new Error(`no free community id for ${base} after 20 tries`);
    },
  };
}
