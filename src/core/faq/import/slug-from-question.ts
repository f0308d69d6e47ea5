import { FAQ_LIMITS } from "./faq-entry-rules.js";

/**
 * A readable slug for an approved suggestion that came without one: the question's first words,
 * lowercase ASCII, joined by hyphens, with a number appended while `isTaken` says it is in use.
 */
export function slugFromQuestion(question: string, isTaken: (slug: string) => boolean): string {
  const words = question
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let base = "";
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > 60) break;
    base = next;
  }
  if (base === "") base = "faq-entry";
  base = base.slice(0, FAQ_LIMITS.slugMaxLength - 6);
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
