/**
 * The candidate ports take an FTS5 MATCH expression (built by src/core/faq/build-match-expression.ts
 * from letters-and-digits words: `"word"`, `"word"*`, AND, OR, parentheses; bare words too, as FTS5 reads them). PostgreSQL reads the
 * same query as to_tsquery text: `'word'`, `'word':*`, `&`, `|`. The words are normalised by the
 * database with the index's own configuration (gigdesk_fts), as FTS5 runs its tokenizer on a query.
 * Anything outside that small grammar is refused: it would mean raw text reached the search.
 */
const TOKEN = /\s*(?:(AND|OR)(?![\p{L}\p{N}])|"([\p{L}\p{N}]+)"(\*)?|([\p{L}\p{N}]+)(\*)?|(\()|(\)))/uy;

export function tsqueryFromMatchExpression(expression: string): string {
  const parts: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (expression.slice(TOKEN.lastIndex).trim() === "") break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) {
      throw new Error(
        `not a search expression the FAQ builds, at ${JSON.stringify(expression.slice(start, start + 20))}`,
      );
    }
    const [, operator, quoted, quotedPrefix, bare, barePrefix, open, close] = match;
    const word = quoted ?? bare;
    const prefix = quotedPrefix ?? barePrefix;
    if (word !== undefined) parts.push(prefix ? `'${word}':*` : `'${word}'`);
    else if (open) parts.push("(");
    else if (close) parts.push(")");
    else parts.push(operator === "AND" ? "&" : "|");
  }
  return parts.join(" ");
}
