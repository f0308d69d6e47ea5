import { describeOverview, describeStatus } from "../../../commands/status.js";
import type { Reply } from "../../core/reply.js";
import { marketplaceNames } from "../../core/rules/marketplace-id.js";
import { rulesetCatalog, rulesetsOf } from "../../core/rules/ruleset-catalog.js";
import type { Ruleset, StatusId } from "../../core/rules/ruleset-schema.js";
import { rulesetPath } from "../../core/web-paths.js";
import { html, type SafeHtml } from "../html.js";
import { renderPage } from "../layout.js";
import { markupToHtml, markupToPlainText } from "../markup-to-html.js";
import { sourceLink } from "./entry-links.js";

/**
 * /status as pages: the same replies the /status command gives (so the web and the chat never
 * explain a rule differently), rendered as HTML with every criterion's sources and grades.
 */
function replyBody(reply: Reply): SafeHtml {
  return html`<h1>${reply.title ?? ""}</h1>
<div class="answer">${markupToHtml(reply.body)}</div>
${
  reply.sources && reply.sources.length > 0
    ? html`<h2>Sources</h2><ul>${reply.sources.map((source) => html`<li>${sourceLink(source)}</li>`)}</ul>`
    : ""
}
${reply.footer ? html`<p class="meta">${reply.footer}</p>` : ""}`;
}

export function renderRulesetIndex(urlOf: (path: string) => string): string {
  const byMarketplace = new Map<string, Ruleset[]>();
  for (const ruleset of rulesetCatalog()) {
    const list = byMarketplace.get(ruleset.marketplaceId) ?? [];
    list.push(ruleset);
    byMarketplace.set(ruleset.marketplaceId, list);
  }
  const body = html`<h1>Marketplace statuses</h1>
<p>Every status gigdesk knows, by marketplace and ruleset, with the sources each rule comes from and how sure those sources are.</p>
${[...byMarketplace].map(
  ([marketplace, rulesets]) => html`<h2>${marketplaceNames[marketplace as Ruleset["marketplaceId"]]}</h2>
<ul>${rulesets.map(
    (ruleset) =>
      html`<li><a href="${rulesetPath(ruleset.id)}">${ruleset.title}</a> <span class="meta">(${ruleset.id}, ${ruleset.effectiveFrom === null ? "undated" : `effective ${ruleset.effectiveFrom}`})</span></li>`,
  )}</ul>`,
)}`;
  return renderPage({
    title: "Marketplace statuses",
    description: "How freelance marketplaces award their statuses and levels, with sources and their grades.",
    canonicalUrl: urlOf("/status"),
    body,
  });
}

export function renderRulesetPage(ruleset: Ruleset, urlOf: (path: string) => string): string {
  const reply = describeOverview(ruleset, rulesetsOf(ruleset.marketplaceId));
  const statuses = Object.entries(ruleset.statuses);
  const body = html`<p class="crumbs"><a href="/status">Marketplace statuses</a></p>
${replyBody(reply)}
<h2>Each status in full</h2>
<ul>${statuses.map(([statusId, rules]) => html`<li><a href="${rulesetPath(ruleset.id, statusId)}">${rules?.name ?? statusId}</a></li>`)}</ul>`;
  return renderPage({
    title: reply.title ?? ruleset.title,
    description: markupToPlainText(reply.body),
    canonicalUrl: urlOf(rulesetPath(ruleset.id)),
    body,
  });
}

/** Null when the ruleset has no such status (the caller answers 404). */
export function renderStatusPage(
  ruleset: Ruleset,
  statusId: string,
  urlOf: (path: string) => string,
): string | null {
  if (!Object.hasOwn(ruleset.statuses, statusId)) return null;
  const reply = describeStatus(ruleset, statusId as StatusId, rulesetsOf(ruleset.marketplaceId));
  const body = html`<p class="crumbs"><a href="/status">Marketplace statuses</a> · <a href="${rulesetPath(ruleset.id)}">${ruleset.id}</a></p>
${replyBody(reply)}`;
  return renderPage({
    title: reply.title ?? statusId,
    description: markupToPlainText(reply.body),
    canonicalUrl: urlOf(rulesetPath(ruleset.id, statusId)),
    ogType: "article",
    body,
  });
}
