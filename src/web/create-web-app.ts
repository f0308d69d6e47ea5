import { Hono } from "hono";
import { findRuleset } from "../core/rules/ruleset-catalog.js";
import type { BotServices } from "../ports/services.js";
import { assets } from "./assets.js";
import { registerCalculatorRoutes } from "./calculator/register-calculator-routes.js";
import { registerFaqApi } from "./faq-api.js";
import { communityPageContent, renderCommunityPage, renderTagPage } from "./pages/community-page.js";
import { renderEntryPage } from "./pages/entry-page.js";
import { renderHomePage, renderNotFoundPage } from "./pages/home-page.js";
import { renderSearchPage } from "./pages/search-page.js";
import { renderSitemap } from "./pages/sitemap.js";
import { renderRulesetIndex, renderRulesetPage, renderStatusPage } from "./pages/status-pages.js";
import { findPublicEntry, listPublicEntries, publicListingOf } from "./public-entries.js";
import type { RateLimitOptions } from "./rate-limit.js";
import { createSearchGate, defaultSearchRateLimit } from "./search-gate.js";
import { securityHeaders } from "./security-headers.js";
import { siteUrlFor } from "./site-url.js";
import { findWebCommunity, listWebCommunities } from "./web-community.js";
import { searchPublicFaq } from "./web-search.js";

export interface WebAppOptions {
  /** PUBLIC_URL: the origin (and path prefix) absolute links use; else the request's origin. */
  publicUrl?: string;
  now: () => Date;
  /** Search requests per client address (pages and the JSON API share one budget). */
  searchRateLimit?: RateLimitOptions;
  /**
   * Whether the process has finished starting (every adapter up). Until then /healthz answers
   * 503, so that a load balancer or orchestrator sends no Slack event to a replica that has not
   * mounted /slack/events yet. Absent: ready at once (the web app alone).
   */
  isReady?: () => boolean;
}

const TAG_PAGE_SIZE = 100;

/**
 * The public web: a community's FAQ (when it opted in), its entries, search, /status rules, the
 * sitemap and the JSON API, server-rendered with no script. Every FAQ read goes through
 * public-entries.ts; an unknown or private community is a 404 either way.
 */
export function createWebApp(services: BotServices, options: WebAppOptions): Hono {
  const app = new Hono();
  const urlFor = (requestUrl: string) => siteUrlFor(options.publicUrl, requestUrl);
  const searchGate = createSearchGate(options.searchRateLimit ?? defaultSearchRateLimit);
  const logger = services.logger.child({ component: "web" });

  app.use(securityHeaders);
  app.get("/healthz", (c) =>
    (options.isReady?.() ?? true) ? c.json({ ok: true }) : c.json({ ok: false, starting: true }, 503),
  );
  for (const asset of assets) {
    app.get(asset.path, (c) => {
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      return c.body(asset.body, 200, { "Content-Type": asset.contentType });
    });
  }
  app.get("/robots.txt", (c) =>
    c.text(
      `User-agent: *\nDisallow: /api/\nDisallow: /c/*/search\nSitemap: ${urlFor(c.req.url)("/sitemap.xml")}\n`,
    ),
  );

  app.get("/", async (c) => {
    const communities = await listWebCommunities(services);
    const urlOf = urlFor(c.req.url);
    const [only] = communities;
    if (communities.length === 1 && only) {
      return c.html(
        renderCommunityPage(only, await communityPageContent(await publicListingOf(only)), urlOf),
      );
    }
    return c.html(renderHomePage(communities, urlOf));
  });

  app.get("/c/:community", async (c) => {
    const community = await findWebCommunity(services, c.req.param("community"));
    if (!community) return c.notFound();
    const content = await communityPageContent(await publicListingOf(community));
    return c.html(renderCommunityPage(community, content, urlFor(c.req.url)));
  });

  app.get("/c/:community/tag/:tag", async (c) => {
    const community = await findWebCommunity(services, c.req.param("community"));
    if (!community) return c.notFound();
    const tag = c.req.param("tag");
    const listing = await publicListingOf(community);
    const total = await listing.count(tag);
    const pageText = c.req.query("page") ?? "1";
    const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 0;
    if (total === 0 || page < 1 || (page - 1) * TAG_PAGE_SIZE >= total) return c.notFound();
    const shown = await listing.page(
      "slug",
      { offset: (page - 1) * TAG_PAGE_SIZE, limit: TAG_PAGE_SIZE },
      tag,
    );
    const size = { number: page, size: TAG_PAGE_SIZE };
    return c.html(renderTagPage(community, tag, { total, shown }, size, urlFor(c.req.url)));
  });

  app.get("/c/:community/faq/:slug", async (c) => {
    const community = await findWebCommunity(services, c.req.param("community"));
    if (!community) return c.notFound();
    const entry = await findPublicEntry(community, c.req.param("slug"));
    if (!entry) return c.notFound();
    return c.html(renderEntryPage(community, entry, options.now(), urlFor(c.req.url)));
  });

  app.get("/c/:community/search", async (c) => {
    const community = await findWebCommunity(services, c.req.param("community"));
    if (!community) return c.notFound();
    const query = c.req.query("q") ?? "";
    const urlOf = urlFor(c.req.url);
    if (query.trim() === "") {
      return c.html(
        renderSearchPage(community, "", { kind: "invalid", message: "Type a question to search." }, urlOf),
      );
    }
    const refused = searchGate(c);
    if (refused) return refused;
    const outcome = await searchPublicFaq(community, query);
    c.header("X-Robots-Tag", "noindex");
    return c.html(renderSearchPage(community, query, outcome, urlOf), outcome.kind === "invalid" ? 400 : 200);
  });

  app.get("/status", (c) => c.html(renderRulesetIndex(urlFor(c.req.url))));
  app.get("/status/:ruleset", (c) => {
    const ruleset = findRuleset(c.req.param("ruleset"));
    return ruleset ? c.html(renderRulesetPage(ruleset, urlFor(c.req.url))) : c.notFound();
  });
  app.get("/status/:ruleset/:status", (c) => {
    const ruleset = findRuleset(c.req.param("ruleset"));
    const page = ruleset ? renderStatusPage(ruleset, c.req.param("status"), urlFor(c.req.url)) : null;
    return page ? c.html(page) : c.notFound();
  });

  app.get("/sitemap.xml", async (c) => {
    const communities = await listWebCommunities(services);
    const withEntries = await Promise.all(
      communities.map(async (community) => ({
        id: community.id,
        entries: await listPublicEntries(community),
      })),
    );
    return c.body(renderSitemap(withEntries, urlFor(c.req.url)), 200, {
      "Content-Type": "application/xml; charset=utf-8",
    });
  });

  registerFaqApi(app, services, urlFor, searchGate);

  // Further pages register here, before the 404 handler. The calculator computes in the browser.
  registerCalculatorRoutes(app, options.publicUrl ? { publicUrl: options.publicUrl } : {});

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ error: "not-found" }, 404);
    return c.html(renderNotFoundPage(urlFor(c.req.url), c.req.path), 404);
  });
  app.onError((error, c) => {
    logger.error({ err: error.message, path: c.req.path }, "web request failed");
    return c.text("Something went wrong on our side. Try again shortly.", 500);
  });
  return app;
}
