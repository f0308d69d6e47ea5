import { calculatorPath } from "../../../commands/exclusive-check.js";
import { renderCalculatorForm } from "./calculator-form.js";
import { escapeHtml } from "./escape-html.js";

export const calculatorScriptPath = `${calculatorPath}.js`;
export const calculatorStylePath = `${calculatorPath}.css`;
/** Named in the page so browsers do not ask for /favicon.ico, which the calculator alone does not serve. */
export const calculatorIconPath = `${calculatorPath}-icon.svg`;

/**
 * The calculator page. Everything a member types is read and computed by the script in her
 * browser; the page itself holds no figures, so the server renders the same bytes for everyone.
 */
export function renderCalculatorPage(options: { publicUrl?: string } = {}): string {
  const canonical = options.publicUrl
    ? `<link rel="canonical" href="${escapeHtml(`${options.publicUrl.replace(/\/+$/, "")}${calculatorPath}`)}">`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Exclusive-contract calculator · gigdesk</title>
<meta name="description" content="What a long exclusive contract does to your Upwork status, Job Success Score and income, month by month.">
${canonical}
<link rel="icon" href="${calculatorIconPath}" type="image/svg+xml">
<link rel="stylesheet" href="${calculatorStylePath}">
<script type="module" src="${calculatorScriptPath}"></script>
</head>
<body>
<header class="site"><p class="brand">gigdesk</p></header>
<main id="main">
<h1>Exclusive-contract calculator</h1>
<p class="lead">The same projection as the <code>/exclusive-check</code> command: what a long contract with one client does to Top Rated, Top Rated Plus and your Job Success Score, month by month.</p>
<p class="privacy"><strong>Your figures stay in this browser.</strong> They are computed on this page and kept only in the address after the <code>#</code>, which browsers never send to a server; copy the address to keep or share them.</p>
<noscript><p class="problem">The calculator computes in your browser and needs JavaScript; the <code>/exclusive-check</code> command gives the same answer in chat.</p></noscript>
${renderCalculatorForm()}
<section id="result" class="result" aria-live="polite" aria-labelledby="result-heading">
<h2 id="result-heading">Projection</h2>
<p id="result-status">Fill in the contract and press “Project the contract”.</p>
</section>
</main>
<footer class="site"><p>gigdesk is unofficial; Upwork's help centre is the authority on its rules.</p></footer>
</body>
</html>
`;
}
