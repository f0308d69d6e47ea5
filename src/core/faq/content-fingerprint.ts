import { type FaqContent, pickFaqContent } from "./types.js";

/**
 * A short, stable fingerprint of an entry's text, so that a community's copy of a starter-pack
 * entry can tell "nobody edited me" from "a moderator changed me" without keeping the original
 * text. FNV-1a over the canonical JSON, two 32-bit lanes (64 bits): not cryptographic, and it
 * does not need to be; a collision would only skip one correction.
 */
export function contentFingerprint(content: FaqContent): string {
  const text = JSON.stringify(pickFaqContent(content));
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ (code + index), 0x01000193) >>> 0;
  }
  return `${high.toString(16).padStart(8, "0")}${low.toString(16).padStart(8, "0")}`;
}
