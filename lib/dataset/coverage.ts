import type { Dataset } from "./validate-dataset";
import { CATEGORIES, ROUTES, SUBTYPES, type Category, type Route, type Subtype } from "../schemas/vocabulary";

// What the dataset must cover (issue: curated evidence). A required cell with no claim fails the
// coverage test, so a gap cannot slip in unnoticed.
export const REQUIRED_SUBTYPES: Subtype[] = ["mdd", "trd", "bipolar-depression", "suicidal-ideation", "older-adults", "adolescents"];
export const REQUIRED_SUBTYPE_CATEGORIES: Category[] = ["efficacy", "onset"];
export const REQUIRED_ROUTES: Route[] = [...ROUTES];
export const MIN_CLAIMS = 250;
export const MIN_SOURCES = 60;
export const REQUIRED_TOPICS: Category[] = [...CATEGORIES];

export type Matrix<R extends string> = Record<R, Record<Category, number>>;

function emptyRow(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

export function coverage(dataset: Dataset) {
  const bySubtype = Object.fromEntries(SUBTYPES.map((s) => [s, emptyRow()])) as Matrix<Subtype>;
  const byRoute = Object.fromEntries(ROUTES.map((r) => [r, emptyRow()])) as Matrix<Route>;
  const byCategory = emptyRow();
  for (const claim of dataset.claims) {
    byCategory[claim.category]++;
    // A fact that spans every subtype or route counts in each, as the views show it.
    (claim.allSubtypes ? SUBTYPES : claim.subtypes).forEach((s) => bySubtype[s][claim.category]++);
    (claim.allRoutes ? ROUTES : claim.routes).forEach((r) => byRoute[r][claim.category]++);
  }
  return { bySubtype, byRoute, byCategory, claims: dataset.claims.length, sources: dataset.sources.length };
}

/** Every required cell that is empty, in words. */
export function coverageGaps(dataset: Dataset): string[] {
  const c = coverage(dataset);
  const gaps: string[] = [];
  if (c.claims < MIN_CLAIMS) gaps.push(`${c.claims} claims (at least ${MIN_CLAIMS} required)`);
  if (c.sources < MIN_SOURCES) gaps.push(`${c.sources} sources (at least ${MIN_SOURCES} required)`);
  for (const s of REQUIRED_SUBTYPES) {
    for (const cat of REQUIRED_SUBTYPE_CATEGORIES) if (!c.bySubtype[s][cat]) gaps.push(`subtype ${s}: no ${cat} claim`);
  }
  for (const r of REQUIRED_ROUTES) {
    const row = c.byRoute[r];
    if (!row.efficacy && !row.pharmacokinetics) gaps.push(`route ${r}: no efficacy or pharmacokinetics claim`);
    if (!row["adverse-effect"]) gaps.push(`route ${r}: no adverse-effect claim`);
  }
  for (const cat of REQUIRED_TOPICS) if (!c.byCategory[cat]) gaps.push(`category ${cat}: no claim`);
  return gaps;
}

const POOLABLE_MEASURES = new Set(["rr", "or", "rd", "md", "smd"]);
const POOLING_DESIGNS = new Set(["meta-analysis", "systematic-review", "pooled-analysis"]);
type FileClaim = Dataset["claims"][number];

/** A claim the synthesis can pool: an outcome, a timepoint, a comparator with its type, and arm figures or a 95% CI estimate. */
export function isPoolable(c: FileClaim): boolean {
  if (!c.outcomeKey || c.timepoint?.hours === undefined) return false;
  const int = c.arms?.find((a) => a.role === "intervention");
  const ctl = c.arms?.find((a) => a.role === "comparator");
  if (!ctl?.comparatorType) return false;
  const both = <K extends "events" | "mean" | "sd" | "n">(k: K) => int?.[k] !== undefined && ctl[k] !== undefined;
  if (both("n") && (both("events") || (both("mean") && both("sd")))) return true;
  return (c.estimates ?? []).some((e) => POOLABLE_MEASURES.has(e.measure) && e.value !== undefined && e.ciLow !== undefined && e.ciHigh !== undefined && (e.ciLevel ?? 95) === 95);
}

/**
 * Randomised trials with data the synthesis can pool: a trial's own source, or a review's per-study row
 * (counted once per trial: studySource, else the review's label). Outcomes listed per trial.
 */
export function trialDataCoverage(dataset: Dataset) {
  const design = new Map(dataset.sources.map((s) => [s.id, s.design]));
  const trials = new Map<string, Set<string>>();
  for (const c of dataset.claims) {
    if (!isPoolable(c)) continue;
    const pooledReview = POOLING_DESIGNS.has(design.get(c.sourceId) ?? "") && !c.studyLabel;
    if (pooledReview) continue;
    const key = c.studySource ?? (c.studyLabel ? `${c.studyLabel} (${c.sourceId})` : c.sourceId);
    if (!trials.has(key)) trials.set(key, new Set());
    trials.get(key)!.add(`${c.outcomeKey}@${c.timepoint!.hours}h`);
  }
  return trials;
}
