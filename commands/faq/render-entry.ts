import { entryFreshness } from "../../src/core/faq/entry-freshness.js";
import { ruleChangeDates } from "../../src/core/faq/rule-change-dates.js";
import { FAQ_CONTENT_KEYS, type FaqEntry, pickFields } from "../../src/core/faq/types.js";
import { message, type Reply, type ReplyField, type Visibility } from "../../src/core/reply.js";

/** The entry as members see it: what the answer says, where it comes from, and how fresh it is. */
export type EntryData = Omit<FaqEntry, "id" | "owner" | "createdAt">;

const ENTRY_DATA_KEYS = [
  ...FAQ_CONTENT_KEYS.filter((key): key is Exclude<typeof key, "owner"> => key !== "owner"),
  "status",
  "version",
  "updatedAt",
  "reviewFlag",
] as const;

export function entryData(entry: FaqEntry): EntryData {
  return pickFields(entry, ENTRY_DATA_KEYS);
}

export function entryReply<TExtra extends object>(
  entry: FaqEntry,
  options: {
    visibility: Visibility;
    note?: string;
    extra?: TExtra;
    showCuration?: boolean;
    /** YYYY-MM-DD: when given, an entry past its review date or citing a changed rule gets a caveat. */
    today?: string;
  },
): Reply<{ entry: EntryData } & TExtra> {
  const fields: ReplyField[] = [{ name: "Slug", value: `\`${entry.slug}\``, inline: true }];
  if (entry.tags.length > 0) fields.push({ name: "Tags", value: entry.tags.join(", "), inline: true });
  if (options.showCuration) {
    fields.push({ name: "Version", value: String(entry.version), inline: true });
    fields.push({ name: "Review by", value: entry.reviewBy ?? "not set", inline: true });
    if (entry.aliases.length > 0) {
      fields.push({
        name: "Also asked as",
        value: entry.aliases.join(" · ").slice(0, 1000),
      });
    }
  }
  const archived = entry.status === "archived" ? "\n\n_This entry is archived: members do not see it._" : "";
  const note = options.note ? `${options.note}\n\n` : "";
  const freshness = entryFreshness(
    entry,
    options.today ?? null,
    options.today === undefined ? undefined : ruleChangeDates(options.today),
  );
  const caveat = freshness.caveat === null ? "" : `\n\n${freshness.caveat}`;
  return message({
    title: entry.question,
    body: `${note}${entry.answer}${caveat}${archived}`,
    fields,
    sources: [...entry.sources],
    footer: `${freshness.label} · version ${entry.version} · community FAQ, not official Upwork advice`,
    visibility: options.visibility,
    data: { entry: entryData(entry), ...(options.extra ?? ({} as TExtra)) },
  });
}
