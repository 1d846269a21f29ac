import type { SynthesisQuery } from "../schemas/synthesis-query";
import type { OutcomeKey } from "../schemas/vocabulary";
import { windowById } from "./windows";

export const OUTCOME_LABEL: Record<OutcomeKey, string> = {
  response: "Response",
  remission: "Remission",
  "depression-score": "Depressive symptoms (score)",
  "suicidal-ideation-score": "Suicidal ideation (score)",
  "suicidal-ideation-resolution": "Resolution of suicidal ideation",
  relapse: "Relapse",
  "dropout-ae": "Dropouts due to adverse events",
  "dropout-any": "Dropouts for any reason",
  dissociation: "Dissociation",
  "blood-pressure": "Blood pressure increase",
};

export const COMPARATOR_LABEL: Record<string, string> = {
  "inert-placebo": "inert placebo (saline, placebo spray)",
  "active-placebo": "active placebo (midazolam)",
  "active-treatment": "active treatment (ECT, other drugs)",
  "usual-care": "usual care",
};

export const MEASURE_NAME: Record<string, string> = {
  rr: "Risk ratio",
  or: "Odds ratio",
  rd: "Risk difference",
  md: "Mean difference",
  smd: "Standardised mean difference (Hedges' g)",
};

export function synthesisLabel(q: SynthesisQuery): string {
  const against = q.comparator.length ? q.comparator.map((c) => COMPARATOR_LABEL[c] ?? c).join(" or ") : "any comparator";
  return `${OUTCOME_LABEL[q.outcome]} — ${windowById(q.window).label.toLowerCase()} — vs ${against}`;
}
