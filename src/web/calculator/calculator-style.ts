/**
 * The calculator's stylesheet, served as a same-origin file: the CSP allows no inline style,
 * and the chart is coloured through classes rather than style attributes.
 */
export const calculatorStyle = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a525c; --accent: #0b5cad; --line: #c9d1d9;
  --tr: #8a4b00; --trp: #6b2fa0; --jss: #b00020; --contract: #e3effb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
header.site, footer.site, main { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
.brand { font-weight: 700; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
.lead, .privacy { max-width: 48rem; }
.calculator { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem 1rem; margin: 0; }
legend { font-weight: 600; padding: 0 0.25rem; }
.field { display: flex; flex-direction: column; margin-top: 0.75rem; }
.field label { font-weight: 600; font-family: ui-monospace, monospace; }
.hint { color: var(--muted); font-size: 0.875rem; }
input, select { font: inherit; padding: 0.375rem 0.5rem; border: 1px solid #6e7781; border-radius: 4px; margin-top: 0.25rem; }
input:focus, select:focus, button:focus { outline: 3px solid var(--accent); outline-offset: 1px; }
input[aria-invalid="true"] { border-color: var(--jss); }
button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; color: #fff; background: var(--accent);
  border: 0; border-radius: 4px; cursor: pointer; }
.result { margin: 1.5rem 0; }
.problem { color: var(--jss); font-weight: 600; }
.chart svg { width: 100%; height: auto; max-width: 60rem; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .tick { fill: var(--muted); font-size: 11px; }
.chart .contract { fill: var(--contract); }
.chart .earnings { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.chart .point { fill: var(--accent); }
.chart .point.lost { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.chart .top-rated { stroke: var(--tr); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .top-rated-plus { stroke: var(--trp); stroke-width: 1.5; stroke-dasharray: 2 3; }
.chart .jss-gone { stroke: var(--jss); stroke-width: 2; }
.chart .label { font-size: 12px; }
.chart .label.top-rated { fill: var(--tr); stroke: none; }
.chart .label.top-rated-plus { fill: var(--trp); stroke: none; }
.chart .label.jss-gone { fill: var(--jss); stroke: none; }
.chart .label.contract-label { fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; list-style: none; font-size: 0.875rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.875rem; margin-top: 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: right; }
th[scope="col"] { background: #f3f5f7; }
td.text, th.text { text-align: left; }
.body-text pre { overflow-x: auto; background: #f3f5f7; padding: 0.5rem; font-size: 0.8125rem; }
`;

export const calculatorIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5cad"/><path d="M3 12l3-4 3 2 4-6" fill="none" stroke="#fff" stroke-width="1.6"/></svg>`;
