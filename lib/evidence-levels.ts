import type { Certainty, Comparison, Design, Pools } from "./schemas/vocabulary";

// The rubric (docs/evidence-levels.md is the prose of the same table). Levels follow the
// Oxford CEBM 2011 table for treatment questions; lower number = stronger evidence.
export const LEVEL_TEXT: Record<number, { short: string; long: string }> = {
  1: { short: "Level 1", long: "Systematic review or meta-analysis of randomised trials" },
  2: { short: "Level 2", long: "Randomised controlled trial (parallel or crossover), or a pooled analysis of randomised trials" },
  3: { short: "Level 3", long: "Non-randomised controlled study or cohort study, a review pooling non-randomised or mixed designs, or a non-randomised comparison within trials" },
  4: {
    short: "Level 4",
    long: "Uncontrolled open-label study, case series or report, case-control, cross-sectional, pharmacovigilance or pharmacokinetic study, or a review pooling uncontrolled studies",
  },
  5: {
    short: "Level 5",
    long: "Mechanistic or preclinical evidence, narrative review, expert opinion, guideline or consensus statement, drug label or regulatory document",
  },
};

export const DESIGN_LEVEL: Record<Design, number> = {
  "meta-analysis": 1,
  "systematic-review": 1,
  "pooled-analysis": 2,
  rct: 2,
  "crossover-rct": 2,
  "non-randomised-controlled": 3,
  cohort: 3,
  "open-label": 4,
  "case-control": 4,
  "case-series": 4,
  "case-report": 4,
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

/** What a review or pooled analysis pools caps the level it can earn: only randomised comparisons earn 1–2. */
export const POOLS_LEVEL: Record<Pools, number> = { randomised: 1, mixed: 3, "non-randomised": 3, uncontrolled: 4 };

/** How the comparison in one claim was made caps its level (a comparison across trial arms is not randomised). */
export const COMPARISON_LEVEL: Record<Comparison, number> = { randomised: 1, "non-randomised": 3, uncontrolled: 4 };

export type DesignInput = Design | { design: Design; pools?: Pools | null };

/** The level one source's design supports. */
export function designLevel(input: DesignInput): number {
  const { design, pools } = typeof input === "string" ? { design: input, pools: undefined } : input;
  return Math.max(DESIGN_LEVEL[design], pools ? POOLS_LEVEL[pools] : 1);
}

/** The level a claim's sources support: the strongest design among them, capped by how the comparison was made. */
export function baseLevel(designs: readonly DesignInput[], comparison?: Comparison | null): number {
  const best = Math.min(...designs.map(designLevel));
  return comparison ? Math.max(best, COMPARISON_LEVEL[comparison]) : best;
}

/**
 * Checks a claimed level against its sources' designs. Returns a message when the level
 * does not follow from the rubric, or null when it does.
 */
export function checkLevel(level: number, reason: string | undefined, designs: readonly DesignInput[], comparison?: Comparison | null): string | null {
  const base = baseLevel(designs, comparison);
  if (level === base) return null;
  if (level === Math.min(base + 1, 5)) {
    return reason && reason.trim().length > 0
      ? null
      : `level ${level} is one step below the level its sources support (${base}); state the reason in levelReason`;
  }
  return `level ${level} does not follow from its sources' designs (supported: ${base}, or ${Math.min(base + 1, 5)} with a stated reason)`;
}

// ── Certainty (GRADE) beside the level ────────────────────────────────────────────────────────────
// The level describes design only; certainty also weighs imprecision, risk of bias, inconsistency,
// indirectness and publication bias. A source's own GRADE rating is used as given; otherwise certainty is
// derived by the rule below (docs/evidence-levels.md states it in prose).

export const CERTAINTY_ORDER: readonly Certainty[] = ["very-low", "low", "moderate", "high"];

export const CERTAINTY_TEXT: Record<Certainty, string> = {
  high: "High certainty: further research is very unlikely to change the estimate",
  moderate: "Moderate certainty: further research may change the estimate",
  low: "Low certainty: further research is likely to change the estimate",
  "very-low": "Very low certainty: any estimate is very uncertain",
};

/** Why level-5 claims carry no GRADE rating. */
export const CERTAINTY_NOT_ASSESSED_TEXT =
  "Certainty not assessed: level-5 evidence (mechanism, label, regulatory document, guideline or review) states a fact or an opinion, not an estimate of effect";

/** Participants below which one step is taken off for imprecision, and below which two (GRADE's optimal information size, as a rule of thumb). */
export const IMPRECISION_SERIOUS_N = 400;
export const IMPRECISION_VERY_SERIOUS_N = 100;

export type CertaintyInput = {
  level: number;
  /** Level the designs support before any lowering (baseLevel). */
  base: number;
  levelReason?: string | null;
  sourceGrade?: { system: string; rating: string } | null;
  downgrades?: readonly { domain: string; reason: string }[] | null;
  /** Participants behind the finding (claim, estimate or source n). */
  n?: number | null;
};

export type CertaintyResult = { certainty: Certainty | null; basis: "source-grade" | "derived" | null; reasons: string[] };

/**
 * Certainty of one claim. Null when not assessable: level-5 evidence (mechanisms, labels, regulatory
 * documents, guidelines, narrative reviews) is a statement of fact or opinion, not an estimate of effect.
 */
export function deriveCertainty(input: CertaintyInput): CertaintyResult {
  if (input.sourceGrade?.system === "GRADE") {
    const certainty = input.sourceGrade.rating.toLowerCase().replace(" ", "-") as Certainty;
    return { certainty, basis: "source-grade", reasons: ["the source's own GRADE rating"] };
  }
  if (input.base >= 5) return { certainty: null, basis: null, reasons: [] };
  const reasons: string[] = [];
  // Randomised evidence starts high, non-randomised controlled low, uncontrolled very low.
  let step = input.base <= 2 ? 3 : input.base === 3 ? 1 : 0;
  reasons.push(input.base <= 2 ? "randomised evidence starts high" : input.base === 3 ? "non-randomised evidence starts low" : "uncontrolled evidence starts very low");
  if (input.level > input.base && input.levelReason) {
    step -= 1;
    reasons.push(`limitation (level lowered): ${input.levelReason}`);
  }
  const n = input.n ?? null;
  if (n === null) {
    step -= 1;
    reasons.push("imprecision: number of participants not reported");
  } else if (n < IMPRECISION_VERY_SERIOUS_N) {
    step -= 2;
    reasons.push(`very serious imprecision: ${n} participants (< ${IMPRECISION_VERY_SERIOUS_N})`);
  } else if (n < IMPRECISION_SERIOUS_N) {
    step -= 1;
    reasons.push(`imprecision: ${n} participants (< ${IMPRECISION_SERIOUS_N})`);
  }
  for (const d of input.downgrades ?? []) {
    step -= 1;
    reasons.push(`${d.domain.replace(/-/g, " ")}: ${d.reason}`);
  }
  return { certainty: CERTAINTY_ORDER[Math.max(0, Math.min(3, step))], basis: "derived", reasons };
}

// A comparison view sorts tens of thousands of claims by this at 100,000 claims: a map, not indexOf.
const CERTAINTY_INDEX = new Map<string, number>(CERTAINTY_ORDER.map((c, i) => [c, i]));

/** Sort key: higher certainty first; not assessable last. */
export function certaintyRank(c: string | null | undefined): number {
  return (c == null ? undefined : CERTAINTY_INDEX.get(c)) ?? -1;
}
