import type { Hono } from "hono";
import type { ScannedFaqCandidate } from "../core/faq/types.js";
import { entryPath } from "../core/web-paths.js";
import type { BotServices } from "../ports/services.js";
import { publicListingOf } from "./public-entries.js";
import type { SearchGate } from "./search-gate.js";
import { findWebCommunity } from "./web-community.js";
import { searchPublicFaq } from "./web-search.js";

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

/**
 * The public fields of an entry; owner, review flags and internal ids stay private. `credit` is
 * the author's name only when they asked to be credited.
 */
function publicFields(entry: ScannedFaqCandidate & { credit?: string | null }, url: string) {
  return {
    slug: entry.slug,
    question: entry.question,
    answer: entry.answer,
    tags: entry.tags,
    sources: entry.sources,
    criteria: entry.criteria,
    reviewBy: entry.reviewBy,
    updatedAt: entry.updatedAt,
    credit: entry.credit ?? null,
    url,
  };
}

function whole(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d{1,7}$/.test(value) ? Number(value) : null;
}

/**
 * GET /api/communities/:id/faq (a page of entries: ?offset=&limit=, at most 500) and
 * GET /api/communities/:id/faq?q=... (the /ask search). Public communities only; others 404.
 */
export function registerFaqApi(
  app: Hono,
  services: BotServices,
  urlFor: (requestUrl: string) => (path: string) => string,
  searchGate: SearchGate,
): void {
  app.get("/api/communities/:id/faq", async (c) => {
    const community = await findWebCommunity(services, c.req.param("id"));
    if (!community) return c.json({ error: "not-found" }, 404);
    const urlOf = urlFor(c.req.url);
    const query = c.req.query("q");
    if (query !== undefined) {
      const refused = searchGate(c);
      if (refused) return refused;
      const outcome = await searchPublicFaq(community, query);
      if (outcome.kind === "invalid")
        return c.json({ error: "invalid-input", message: outcome.message }, 400);
      const ranked = (match: NonNullable<typeof outcome.best>) => ({
        confidence: match.confidence,
        entry: publicFields(match.entry, urlOf(entryPath(community.id, match.entry.slug))),
      });
      return c.json({
        community: community.id,
        query: query.trim(),
        threshold: outcome.threshold,
        best: outcome.best ? ranked(outcome.best) : null,
        related: outcome.related.map(ranked),
      });
    }
    const offset = whole(c.req.query("offset"), 0);
    const limit = whole(c.req.query("limit"), DEFAULT_PAGE);
    if (offset === null || limit === null || limit < 1 || limit > MAX_PAGE) {
      return c.json(
        { error: "invalid-input", message: `offset must be a whole number and limit from 1 to ${MAX_PAGE}` },
        400,
      );
    }
    const listing = await publicListingOf(community);
    const [total, entries] = await Promise.all([listing.count(), listing.page("slug", { offset, limit })]);
    return c.json({
      community: community.id,
      name: community.title,
      total,
      offset,
      limit,
      entries: entries.map((entry) => publicFields(entry, urlOf(entryPath(community.id, entry.slug)))),
    });
  });
}
