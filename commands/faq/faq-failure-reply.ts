import { closestName } from "../../src/command-kit/did-you-mean.js";
import type { FaqEntry, FaqFailureCode } from "../../src/core/faq/types.js";
import { problem, type Reply } from "../../src/core/reply.js";
import type { CommunityScoped } from "../../src/ports/community-scoped.js";
import type { FaqEntryStore } from "../../src/ports/faq-entry-store.js";

/** What a refused store write means to the moderator who asked for it. Nothing changed in each case. */
export async function faqFailureReply(
  failure: { code: FaqFailureCode; current?: FaqEntry },
  target: { slug?: string; suggestionId?: number; version?: number },
  entries: Pick<CommunityScoped<FaqEntryStore>, "slugsNear">,
): Promise<Reply> {
  const slug = target.slug ?? "";
  const data = { reason: failure.code, ...target };
  switch (failure.code) {
    case "not-found": {
      if (target.suggestionId !== undefined) {
        return problem(
          "not-found",
          `There is no suggestion #${target.suggestionId}. See \`/faq queue\`.`,
          data,
        );
      }
      return entryNotFound(slug, entries);
    }
    case "conflict": {
      const current = failure.current;
      const now = current ? ` It is at version ${current.version} now` : "";
      return problem(
        "conflict",
        `Someone changed \`${slug}\` after you read it.${now}: check \`/faq show slug:${slug}\` and try again with that version. Nothing was changed.`,
        { ...data, currentVersion: current?.version ?? null },
      );
    }
    case "slug-taken":
      return problem(
        "conflict",
        `An entry \`${slug}\` already exists (published or archived). Choose another slug, or \`/faq edit\` that one.`,
        data,
      );
    case "wrong-state":
      return problem("conflict", wrongStateText(target, failure.current), data);
    case "no-such-version":
      return problem(
        "not-found",
        `\`${slug}\` has no version ${target.version ?? "?"}. \`/faq history slug:${slug}\` lists its versions.`,
        data,
      );
  }
}

/** How many candidates the store offers for "did you mean"; the edit distance runs on these only. */
const didYouMeanCandidates = 24;

export async function entryNotFound(
  slug: string,
  entries: Pick<CommunityScoped<FaqEntryStore>, "slugsNear">,
): Promise<Reply> {
  // Comparing with every slug blocked the process for seconds on a large FAQ (issue 15).
  const suggestion = closestName(slug, await entries.slugsNear(slug, didYouMeanCandidates));
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : " `/faq list` shows them all.";
  return problem("not-found", `There is no FAQ entry \`${slug.slice(0, 80)}\`.${hint}`, {
    reason: "not-found",
    slug,
    suggestion: suggestion ?? null,
  });
}

function wrongStateText(
  target: { slug?: string; suggestionId?: number },
  current: FaqEntry | undefined,
): string {
  if (target.suggestionId !== undefined) {
    return `Suggestion #${target.suggestionId} was already decided. Nothing was changed.`;
  }
  return current?.status === "archived"
    ? `\`${target.slug}\` is already archived. Nothing was changed.`
    : `\`${target.slug}\` is already published. Nothing was changed.`;
}
