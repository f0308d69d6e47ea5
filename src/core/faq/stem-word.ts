/**
 * A small suffix stripper used when comparing a query with candidate FAQ text. It does not need to
 * produce dictionary words, only to send inflections of one word to the same key on both sides:
 * "rated", "rating" -> "rat"; "vetted", "vetting" -> "vet"; "badges", "badge" -> "badg".
 * (FTS5's porter tokenizer does the same job inside SQLite for the first cut.)
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || hasDigit(word)) return word;
  let stem = word;
  if (stem.endsWith("ies") && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith("sses")) stem = stem.slice(0, -2);
  else if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us") && !stem.endsWith("is")) {
    stem = stem.slice(0, -1);
  }

  if (stem.endsWith("ing") && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith("ed") && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith("ly") && stem.length > 5) stem = stem.slice(0, -2);

  // "vett" -> "vet", "stopp" -> "stop", but keep "ll"/"ss" ("fill", "pass") and vowels ("free").
  const last = stem.charAt(stem.length - 1);
  if (last === stem.charAt(stem.length - 2) && !"aeioulsy".includes(last)) stem = stem.slice(0, -1);
  if (stem.endsWith("e") && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
