import type { Design } from "./schemas/vocabulary";

// The rubric (docs/evidence-levels.md is the prose of the same table). Levels follow the
// Oxford CEBM 2011 table for treatment questions; lower number = stronger evidence.
export const LEVEL_TEXT: Record<number, { short: string; long: string }> = {
  1: { short: "Level 1", long: "Systematic review or meta-analysis of randomised trials" },
  2: { short: "Level 2", long: "Randomised controlled trial (parallel or crossover)" },
  3: { short: "Level 3", long: "Non-randomised controlled study or cohort study" },
  4: {
    short: "Level 4",
    long: "Uncontrolled open-label study, case series, case-control, cross-sectional, pharmacovigilance or pharmacokinetic study",
  },
  5: {
    short: "Level 5",
    long: "Mechanistic or preclinical evidence, narrative review, expert opinion, guideline or consensus statement, drug label or regulatory document",
  },
};

export const DESIGN_LEVEL: Record<Design, number> = {
  "meta-analysis": 1,
  "systematic-review": 1,
  rct: 2,
  "crossover-rct": 2,
  "non-randomised-controlled": 3,
  cohort: 3,
  "open-label": 4,
  "case-control": 4,
  "case-series": 4,
  "cross-sectional": 4,
  pharmacovigilance: 4,
  pharmacokinetic: 4,
  epidemiological: 4,
  preclinical: 5,
  "narrative-review": 5,
  guideline: 5,
  consensus: 5,
  label: 5,
  regulatory: 5,
};

export const DOWNGRADE_TEXT =
  "A level may be lowered by one step for a serious limitation — very small sample, open-label design with a subjective outcome, failed primary endpoint, or inconsistency — and the reason is then stated.";

/** The level a claim's sources support: the strongest design among them. */
export function baseLevel(designs: readonly Design[]): number {
  return Math.min(...designs.map((d) => DESIGN_LEVEL[d]));
}

/**
 * Checks a claimed level against its sources' designs. Returns a message when the level
 * does not follow from the rubric, or null when it does.
 */
export function checkLevel(level: number, reason: string | undefined, designs: readonly Design[]): string | null {
  const base = baseLevel(designs);
  if (level === base) return null;
  if (level === Math.min(base + 1, 5)) {
    return reason && reason.trim().length > 0
      ? null
      : `level ${level} is one step below the level its sources support (${base}); state the reason in levelReason`;
  }
  return `level ${level} does not follow from its sources' designs (supported: ${base}, or ${Math.min(base + 1, 5)} with a stated reason)`;
}
