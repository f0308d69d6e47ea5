import { z } from "zod";

/** How sure we are of a fact, as graded in the research notes (P / M / S / F), strongest first. */
export const evidenceGrades = ["primary", "staff", "secondary", "hearsay"] as const;
export const evidenceGradeSchema = z.enum(evidenceGrades);
export type EvidenceGrade = z.infer<typeof evidenceGradeSchema>;

/**
 * Help-centre articles carry no date of their own, so many dates are inferred: a leading "~"
 * marks an approximate date, month or day may be left out ("~2022", "2020-07", "2016-06-01"), a
 * range of years uses an en dash ("~2017–19"), and "undated" says the source gives no date at all.
 */
export const sourceDateSchema = z
  .string()
  .regex(
    /^(?:undated|~?\d{4}(?:-\d{2}(?:-\d{2})?|–\d{2}(?:\d{2})?)?)$/,
    "expected a date like 2024-09-01, 2020-07, ~2022, ~2017–19 or undated",
  );

/** One source with its own grade and date, as the research notes give them. */
export const sourceSchema = z.object({
  url: z.url(),
  grade: evidenceGradeSchema,
  date: sourceDateSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * The sources behind a rule or fact. The first is the one the rule follows (where sources
 * disagree, the one gigdesk chose), so its grade and date are the rule's; the others confirm it
 * or are the ones set aside.
 */
export const sourcesSchema = z.array(sourceSchema).min(1, "at least one source is required");

/** The grade and date a rule carries: those of the source it follows. */
export function citedEvidence(sources: readonly Source[]): { grade: EvidenceGrade; sourceDate: string } {
  const [cited] = sources;
  if (!cited) throw new Error("sourcesSchema guarantees at least one source");
  return { grade: cited.grade, sourceDate: cited.date };
}

/** The weakest of several grades: a claim that combines rules is only as sure as its weakest one. */
export function weakestGrade(grades: readonly EvidenceGrade[]): EvidenceGrade {
  return grades.reduce<EvidenceGrade>(
    (weakest, grade) => (evidenceGrades.indexOf(grade) > evidenceGrades.indexOf(weakest) ? grade : weakest),
    "primary",
  );
}

/** Adds the cited source's grade and date to a validated rule or fact. */
export function withCitedEvidence<TValue extends { sources: readonly Source[] }>(
  value: TValue,
): TValue & { grade: EvidenceGrade; sourceDate: string } {
  return { ...value, ...citedEvidence(value.sources) };
}
