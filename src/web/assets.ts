import { createHash } from "node:crypto";

/**
 * The site's only style sheet and icon, served from this process under names that carry a hash
 * of their content: the Content-Security-Policy allows same-origin styles only (no inline style,
 * no inline script), and a changed file gets a new name, so it can be cached for a year.
 */
const siteCss = `
:root { color-scheme: light dark; --fg: #1a1a1a; --muted: #4a4a4a; --bg: #fff; --line: #d0d0d0; --link: #0b57d0; --warn: #7a3e00; --warn-bg: #fff4e0; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececec; --muted: #c4c4c4; --bg: #151515; --line: #3a3a3a; --link: #8ab4f8; --warn: #ffd8a8; --warn-bg: #3a2a10; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
a { color: var(--link); }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; }
header .site { font-weight: 700; text-decoration: none; color: var(--fg); }
header nav a { margin-right: 1rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
ul.entries { padding-left: 1.2rem; }
ul.entries li { margin: .3rem 0; }
.meta, .crumbs { color: var(--muted); font-size: .92rem; }
.caveat { background: var(--warn-bg); color: var(--warn); padding: .6rem .8rem; border-radius: 4px; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
form.search label { width: 100%; font-weight: 600; }
form.search input { flex: 1 1 14rem; font: inherit; padding: .45rem .6rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); min-width: 0; }
form.search button { font: inherit; padding: .45rem 1rem; border: 1px solid var(--link); border-radius: 4px; background: var(--link); color: var(--bg); cursor: pointer; }
pre { overflow-x: auto; padding: .6rem; border: 1px solid var(--line); border-radius: 4px; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .92em; }
.answer { margin: 1rem 0; }
.tags a { margin-right: .6rem; }
.match { color: var(--muted); }
nav.pages a { margin-right: 1rem; }
`;

const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b57d0"/><path d="M4 5h8v2H4zm0 4h5v2H4z" fill="#fff"/></svg>`;

interface Asset {
  path: string;
  body: string;
  contentType: string;
}

function hashed(name: string, extension: string, body: string, contentType: string): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { path: `/assets/${name}-${hash}.${extension}`, body, contentType };
}

export const styleSheet = hashed("site", "css", siteCss, "text/css; charset=utf-8");
export const siteIcon = hashed("icon", "svg", iconSvg, "image/svg+xml");
export const assets: readonly Asset[] = [styleSheet, siteIcon];
