import { siteIcon, styleSheet } from "./assets.js";
import { type HtmlValue, html, jsonForScript, type SafeHtml } from "./html.js";

export interface PageParts {
  title: string;
  /** One or two plain sentences for search results and link previews. */
  description: string;
  /** Absolute URL of this page (PUBLIC_URL, else the request's origin). */
  canonicalUrl: string;
  /** Open Graph type: "website" for lists, "article" for one entry. */
  ogType?: "website" | "article";
  /** schema.org data (FAQPage on community and entry pages). */
  jsonLd?: unknown;
  /** Links shown in the header after the site name. */
  nav?: { href: string; label: string }[];
  body: HtmlValue;
}

/**
 * Every page's shell: canonical URL, Open Graph tags, the hashed style sheet, optional JSON-LD
 * (a data block, which the CSP does not treat as script), and landmarks for screen readers.
 */
export function renderPage(parts: PageParts): string {
  const description = parts.description.slice(0, 300);
  const page: SafeHtml = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} · gigdesk</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${parts.canonicalUrl}">
<meta property="og:site_name" content="gigdesk">
<meta property="og:type" content="${parts.ogType ?? "website"}">
<meta property="og:title" content="${parts.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${parts.canonicalUrl}">
<meta name="twitter:card" content="summary">
<link rel="icon" href="${siteIcon.path}" type="image/svg+xml">
<link rel="stylesheet" href="${styleSheet.path}">
${parts.jsonLd === undefined ? "" : html`<script type="application/ld+json">${jsonForScript(parts.jsonLd)}</script>`}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<a class="site" href="/">gigdesk</a>
<nav aria-label="Site">${(parts.nav ?? []).map((link) => html`<a href="${link.href}">${link.label}</a>`)}<a href="/status">Marketplace statuses</a></nav>
</header>
<main id="main">
${parts.body}
</main>
<footer>
<p>Answers curated by the community's moderators with gigdesk. Unofficial: each marketplace's own help centre is the authority on its rules.</p>
</footer>
</body>
</html>
`;
  return page.value;
}
