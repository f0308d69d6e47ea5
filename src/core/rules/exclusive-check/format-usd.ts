/** `$4,680` (whole dollars) or `$4.95` when cents matter: amounts as people write them in chat. */
export function formatUsd(amount: number): string {
  const whole = Math.abs(amount - Math.round(amount)) < 0.005;
  return `$${amount.toLocaleString("en-US", {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  })}`;
}

/** `$56k`, `$4.7k`, `$950`: short enough for a table column. */
export function formatUsdShort(amount: number): string {
  if (amount >= 99_500) return `$${Math.round(amount / 1000)}k`;
  if (amount >= 1000) return `$${(amount / 1000).toFixed(1).replace(/\.0$/, "")}k`;
  return `$${Math.round(amount)}`;
}
