/**
 * The cross-validation fold of a labelled message, from a hash of its text: stable when messages
 * are added or reordered (each keeps its fold), and independent of its label.
 */
export function foldOf(text: string, folds: number): number {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}
