import { type EvidenceGrade, weakestGrade } from "../evidence-schema.js";
import type { Projection } from "./project-exclusive-contract.js";
import type { ProjectionRules } from "./projection-rules.js";

/**
 * What a claim of the exclusive check rests on, the way /status grades each rule: the grade of
 * the weakest rule it uses, and whether gigdesk inferred it (applied rules to a case that no
 * source addresses, such as one client for a whole year).
 */
export interface ClaimBasis {
  grade: EvidenceGrade;
  inferred: boolean;
}

/** The rules as sources state them; graded by the weakest one used. */
export function statedBy(...grades: (EvidenceGrade | null | undefined)[]): ClaimBasis {
  return {
    grade: weakestGrade(grades.filter((grade): grade is EvidenceGrade => grade != null)),
    inferred: false,
  };
}

/** gigdesk's own reading of rules that no source applies to this case. */
export function inferredFrom(...grades: (EvidenceGrade | null | undefined)[]): ClaimBasis {
  return { ...statedBy(...grades), inferred: true };
}

/** A mark for claims a member should weigh: inferred, or resting on secondary sources or hearsay. */
export function basisMark(basis: ClaimBasis): string {
  const weak = basis.grade === "secondary" || basis.grade === "hearsay";
  if (basis.inferred) return weak ? ` _(inferred from ${basis.grade} sources)_` : " _(inferred)_";
  return weak ? ` _(${basis.grade} sources only)_` : "";
}

/**
 * What losing (or keeping) Top Rated rests on: the vanishing score is an inference (no Upwork
 * text addresses a year with one client), the other rules are stated.
 */
export function topRatedOutlookBasis(projection: Projection, rules: ProjectionRules): ClaimBasis {
  const lost = projection.outlook.topRated.lost;
  const grades = (lost?.criterionIds ?? Object.keys(rules.grades.criteria)).map(
    (id) => rules.grades.criteria[id],
  );
  if (lost && projection.jssVanishesMonth === lost.month) return inferredFrom(rules.grades.jss, ...grades);
  return statedBy(...grades);
}

/** Two claims combined: as weak as the weaker, inferred if either is. */
export function weakerOf(a: ClaimBasis, b: ClaimBasis): ClaimBasis {
  return { grade: weakestGrade([a.grade, b.grade]), inferred: a.inferred || b.inferred };
}
