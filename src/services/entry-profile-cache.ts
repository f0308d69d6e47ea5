import { type EntryProfile, profileEntry } from "../core/faq/rank-candidates.js";
import type { ScannedFaqCandidate } from "../core/faq/types.js";

/** Exactly the text profileEntry() reads (it reads no slug: the key leaves it out). */
type ProfiledText = Pick<ScannedFaqCandidate, "question" | "aliases" | "tags" | "answer">;

interface CachedProfile {
  key: string;
  text: ProfiledText;
  /** Null once dropped, so that an entry object that outlives it does not keep the profile alive. */
  profile: EntryProfile | null;
}

/** The question, aliases and tags in one string: the pre-score's input, and this cache's bucket. */
export function titleWords({ question, aliases, tags }: ProfiledText): string {
  return `${question} ${aliases.join(" ")} ${tags.join(" ")}`;
}

/**
 * Entry profiles by the text they are made of, least recently used first, at most `capacity`.
 * Keyed by text, not by community and slug, they are shared by every community holding that text
 * (each one's copy of the starter pack, mostly): with many communities a question rarely meets an
 * entry this community's questions met before, but very often one another community's did. An
 * edited entry is analysed afresh, whatever its timestamp says.
 *
 * A lookup hashes the short title words only (a whole-text key, answer included, cost 4-6 us a
 * lookup, sixteen lookups a match) and then compares the rest field by field: entries that share
 * a question (one community's edited answer beside another's original) share a bucket.
 */
export class EntryProfileCache {
  private readonly byTitle = new Map<string, CachedProfile[]>();
  /** The same entry object again (SQLite's scan hands out its cached rows) needs no key at all. */
  private readonly byEntry = new WeakMap<object, CachedProfile>();
  private size = 0;

  constructor(private readonly capacity: number) {}

  profileOf(entry: ProfiledText & Pick<ScannedFaqCandidate, "slug">): EntryProfile {
    const seen = this.byEntry.get(entry);
    if (seen?.profile) return this.touched(seen.key, seen.profile);
    const key = titleWords(entry);
    const bucket = this.byTitle.get(key);
    const cached = bucket?.find((known) => sameText(known.text, entry));
    if (cached?.profile) {
      this.byEntry.set(entry, cached);
      return this.touched(key, cached.profile);
    }
    const profile = profileEntry(entry);
    const { question, aliases, tags, answer } = entry;
    const added = { key, text: { question, aliases, tags, answer }, profile };
    if (bucket) bucket.push(added);
    else this.byTitle.set(key, [added]);
    this.byEntry.set(entry, added);
    this.size += 1;
    for (const [oldestKey, oldest] of this.byTitle) {
      if (this.size <= this.capacity) break;
      this.byTitle.delete(oldestKey);
      this.size -= oldest.length;
      for (const dropped of oldest) dropped.profile = null;
    }
    return profile;
  }

  /** Re-inserted to keep the Map's order least-recently-used first. */
  private touched(key: string, profile: EntryProfile): EntryProfile {
    const bucket = this.byTitle.get(key);
    if (bucket) {
      this.byTitle.delete(key);
      this.byTitle.set(key, bucket);
    }
    return profile;
  }
}

function sameText(a: ProfiledText, b: ProfiledText): boolean {
  return (
    a.question === b.question &&
    a.answer === b.answer &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.tags, b.tags)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
