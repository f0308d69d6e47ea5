/** Dollar amounts as people write them in chat, shared by every rules reply. */

const usdFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** `$4,680`, `$999.50`, `-$5`: cents only when there are any, and then always two digits. */
export function formatUsd(amount: number): string {
  const text = usdFormat.format(Math.abs(amount));
  const withCents = /\.\d$/.test(text) ? `${text}0` : text;
  return `${amount < 0 ? "-" : ""}$${withCents}`;
}

/** `$56k`, `$4.7k`, `$950`: short enough for a table column. */
export function formatUsdShort(amount: number): string {
  if (amount >= 99_500) return `$${Math.round(amount / 1000)}k`;
  if (amount >= 1000) return `$${(amount / 1000).toFixed(1).replace(/\.0$/, "")}k`;
  return `$${Math.round(amount)}`;
}
