import type { ClaimDto } from "../../server/claims/claim-dto";
import { Z_975 } from "../meta-analysis/distributions";
import { effectSize, toNatural, type MaMeasure, type StudyData } from "../meta-analysis/effect-sizes";
import { leaveOneOut, pool, subgroupTest, type Pooled } from "../meta-analysis/random-effects";
import type { SynthesisQuery } from "../schemas/synthesis-query";
import { windowById } from "./windows";

// A live random-effects synthesis of the claims that share an outcome, a timepoint window and a comparison.
// Pure: it takes claims (already filtered by subtype in the database) and the parsed query.

export type SynthesisStudy = {
  /** The claim the row comes from. */
  id: string;
  label: string;
  sourceIds: string[];
  data: StudyData;
  yi: number;
  vi: number;
  /** Random-effects weight in percent (null when nothing is pooled). */
  weight: number | null;
  route: string;
  comparatorType: string;
  crossover: boolean;
  timepoint: string;
  n: number | null;
};
export type Excluded = { id: string; label: string; reason: string };
/** The pooled result as the API gives it: on the natural scale, with the participants it rests on. */
export type PooledOut = Omit<Pooled, "se" | "qDf" | "weights"> & { n: number };
export type Subgroup = { key: string; k: number; pooled: PooledOut | null };
export type Synthesis = {
  outcome: string;
  window: string;
  measure: MaMeasure;
  method: { tau2: SynthesisQuery["tau2"]; ci: SynthesisQuery["ci"] };
  studies: SynthesisStudy[];
  pooled: PooledOut | null;
  reason?: string;
  excluded: Excluded[];
  warnings: string[];
  subgroups: { by: "route" | "comparator"; groups: Subgroup[]; test: { q: number; df: number; p: number } | null } | null;
  leaveOneOut: { id: string; label: string; estimate: number; ciLow: number; ciHigh: number; i2: number }[];
  /** Pooled results published by reviews in the dataset for the same outcome, window and comparison (not pooled again). */
  published: { id: string; label: string; measure: string; estimate: number | null; ciLow: number | null; ciHigh: number | null; k: number | null; n: number | null; certainty: string | null }[];
};

/** Reviews and pooled analyses report pooled results; only their per-study rows (with a studyLabel) are studies. */
const POOLING_DESIGNS = new Set(["meta-analysis", "systematic-review", "pooled-analysis"]);
export const isPublishedPool = (c: ClaimDto) => !c.studyLabel && POOLING_DESIGNS.has(c.sources[0]?.design ?? "");

const BINARY_OUTCOMES = new Set(["response", "remission", "relapse", "dropout-ae", "dropout-any", "dissociation", "blood-pressure", "suicidal-ideation-resolution"]);

export const isBinaryOutcome = (outcome: string) => BINARY_OUTCOMES.has(outcome);

function studyLabel(c: ClaimDto): string {
  const s = c.sources[0];
  return c.studyLabel ?? (s ? s.label : c.id);
}

/** Risk differences are pooled as proportions (arm counts give 0.15); a published RD in percentage points (15) is rescaled. */
const PERCENT_UNIT = /percent|%|per 100/i;

function genericData(e: ClaimDto["estimates"][number]): StudyData {
  const scale = e.measure === "rd" && PERCENT_UNIT.test(e.unit ?? "") ? 0.01 : 1;
  return { type: "generic", estimate: e.value! * scale, ciLow: e.ciLow! * scale, ciHigh: e.ciHigh! * scale };
}

/** The data a claim gives for pooling, preferring arm-level figures to a published estimate. */
export function studyDataOf(c: ClaimDto, prefer: "arms" | "estimates" = "arms"): { data: StudyData; genericMeasure?: MaMeasure } | { reason: string } {
  const int = c.arms.find((a) => a.role === "intervention");
  const ctl = c.arms.find((a) => a.role === "comparator");
  const est = c.estimates.find((e) => ["rr", "or", "rd", "md", "smd"].includes(e.measure) && e.value !== null && e.ciLow !== null && e.ciHigh !== null && (e.ciLevel ?? 95) === 95);
  const generic = est && { data: genericData(est), genericMeasure: est.measure as MaMeasure };
  if (prefer === "estimates" && generic) return generic;
  if (int && ctl) {
    if (int.events !== null && ctl.events !== null && int.n && ctl.n) return { data: { type: "binary", e1: int.events, n1: int.n, e2: ctl.events, n2: ctl.n } };
    if (int.mean !== null && ctl.mean !== null && int.sd !== null && ctl.sd !== null && int.n && ctl.n) {
      if (int.meanType !== ctl.meanType) return { reason: "arms report a change and an endpoint: not comparable" };
      return { data: { type: "continuous", m1: int.mean, sd1: int.sd, n1: int.n, m2: ctl.mean, sd2: ctl.sd, n2: ctl.n } };
    }
  }
  if (generic) return generic;
  return { reason: "no arm-level figures and no between-group estimate with a 95% CI" };
}

/**
 * Scales: the measure that keeps the most studies. Arm means give MD or SMD; a published estimate only its own
 * measure. Depression and ideation scales differ between trials (MADRS, HDRS, SSI…), so a tie standardises (SMD);
 * MD wins only when more studies are published as MD alone (the page then warns to check the scales).
 */
export function defaultMeasure(outcome: string, candidates: { data: StudyData; genericMeasure?: MaMeasure }[]): MaMeasure {
  if (isBinaryOutcome(outcome)) return "rr";
  const fits = (m: MaMeasure) => candidates.filter((c) => c.data.type === "continuous" || c.genericMeasure === m).length;
  return fits("md") > fits("smd") ? "md" : "smd";
}

/** Without a drug filter, the synthesis pools ketamine forms only: other NMDA-acting drugs are chosen explicitly. */
export const DEFAULT_SYNTHESIS_DRUGS = ["racemic-ketamine", "esketamine", "arketamine"] as const;

function toOut(p: Pooled, measure: MaMeasure, n: number): PooledOut {
  const nat = (x: number) => toNatural(x, measure);
  return {
    estimate: nat(p.estimate),
    ciLow: nat(p.ciLow),
    ciHigh: nat(p.ciHigh),
    piLow: p.piLow === null ? null : nat(p.piLow),
    piHigh: p.piHigh === null ? null : nat(p.piHigh),
    tau2: p.tau2,
    i2: p.i2,
    k: p.k,
    q: p.q,
    qP: p.qP,
    p: p.p,
    n,
  };
}

const studyN = (d: StudyData) => (d.type === "generic" ? null : d.n1 + d.n2);

export function buildSynthesis(claims: ClaimDto[], q: SynthesisQuery): Synthesis {
  const window = windowById(q.window);
  const excluded: Excluded[] = [];
  const warnings: string[] = [];
  type Row = { claim: ClaimDto; data: StudyData; genericMeasure?: MaMeasure; comparatorType: string; route: string };
  const rows: Row[] = [];
  const published: Synthesis["published"] = [];
  for (const c of claims) {
    if (c.outcomeKey !== q.outcome) continue;
    const hours = c.timepoint?.hours;
    if (hours === null || hours === undefined || !(hours > window.min && hours <= window.max)) continue;
    const int = c.arms.find((a) => a.role === "intervention");
    const ctl = c.arms.find((a) => a.role === "comparator");
    const comparatorType = ctl?.comparatorType ?? null;
    const route = int?.route ?? c.routes[0] ?? "";
    const drugs = int?.drug ? [int.drug] : c.drugs;
    if (q.route.length && !q.route.includes(route as never)) continue;
    const wanted: readonly string[] = q.drug.length ? q.drug : DEFAULT_SYNTHESIS_DRUGS;
    if (!drugs.some((d) => wanted.includes(d))) continue;
    if (!comparatorType) {
      excluded.push({ id: c.id, label: studyLabel(c), reason: "no comparator arm with a comparator type" });
      continue;
    }
    if (q.comparator.length && !q.comparator.includes(comparatorType as never)) continue;
    if (isPublishedPool(c)) {
      const e = c.estimates[0];
      published.push({ id: c.id, label: studyLabel(c), measure: e?.measure ?? "", estimate: e?.value ?? null, ciLow: e?.ciLow ?? null, ciHigh: e?.ciHigh ?? null, k: c.k ?? e?.k ?? null, n: c.sampleSize, certainty: c.certainty });
      continue;
    }
    const d = studyDataOf(c, q.prefer);
    if ("reason" in d) {
      excluded.push({ id: c.id, label: studyLabel(c), reason: d.reason });
      continue;
    }
    rows.push({ claim: c, ...d, comparatorType, route });
  }

  const measure = q.measure ?? defaultMeasure(q.outcome, rows);
  const usable = rows.filter((r) => {
    const ok = r.data.type === "binary" ? ["rr", "or", "rd"].includes(measure) : r.data.type === "continuous" ? ["md", "smd"].includes(measure) : r.genericMeasure === measure;
    if (!ok) {
      excluded.push({
        id: r.claim.id,
        label: studyLabel(r.claim),
        reason: r.data.type === "generic" ? `published only as ${r.genericMeasure?.toUpperCase()}; cannot be pooled as ${measure.toUpperCase()}` : `${r.data.type} data cannot give ${measure.toUpperCase()}`,
      });
    }
    return ok;
  });

  // One comparison per study: several dose arms against one shared control would count the control twice.
  const byStudy = new Map<string, Row>();
  for (const r of usable) {
    // A review's row for a trial that has its own source counts as that trial (studySource).
    const key = r.claim.studySource ?? r.claim.studyLabel ?? r.claim.sources[0]?.id ?? r.claim.id;
    const current = byStudy.get(key);
    const size = (x: Row) => studyN(x.data) ?? x.claim.sampleSize ?? 0;
    if (!current || size(r) > size(current)) {
      if (current) excluded.push({ id: current.claim.id, label: studyLabel(current.claim), reason: "another comparison from the same study is used (shared control arm)" });
      byStudy.set(key, r);
    } else {
      excluded.push({ id: r.claim.id, label: studyLabel(r.claim), reason: "another comparison from the same study is used (shared control arm)" });
    }
  }
  const chosen = [...byStudy.values()].sort((a, b) => studyLabel(a.claim).localeCompare(studyLabel(b.claim)));
  const es = chosen.map((r) => effectSize(r.data, measure));
  const y = es.map((e) => e.yi);
  const v = es.map((e) => e.vi);
  const options = { tau2: q.tau2, ci: q.ci };
  const k = chosen.length;
  const totalN = chosen.reduce((sum, r) => sum + (studyN(r.data) ?? r.claim.sampleSize ?? 0), 0);
  const pooledRaw = k >= 2 ? pool(y, v, options) : null;

  if (k < 2) {
    warnings.push(k === 0 ? "No study matches: nothing to pool." : "Only one study matches: a single study is shown, not pooled.");
  } else if (k < 3) {
    warnings.push("Fewer than 3 studies: no prediction interval, and τ² is estimated very imprecisely.");
  }
  const crossover = chosen.filter((r) => r.claim.studyDesign === "crossover" || r.claim.sources[0]?.design === "crossover-rct").length;
  if (crossover) warnings.push(`${crossover} crossover ${crossover === 1 ? "trial is" : "trials are"} included as reported (first-period or paired figures), treated like parallel trials; this ignores the within-person correlation.`);
  if (chosen.some((r) => r.data.type === "generic")) warnings.push("Some studies enter as their published between-group estimate (variance from the 95% CI), not from arm-level data.");
  if (measure === "md" && !isBinaryOutcome(q.outcome)) warnings.push("Mean differences are pooled on their own scales: only meaningful if every study used the same scale. Choose SMD when scales differ.");
  if (chosen.some((r) => r.comparatorType === "active-placebo") && chosen.some((r) => r.comparatorType === "inert-placebo")) {
    warnings.push("Inert (saline) and active (midazolam) placebos are pooled together: inert placebos are easier to unblind, and effects against them are typically larger. Compare by comparator.");
  }

  const studies: SynthesisStudy[] = chosen.map((r, i) => ({
    id: r.claim.id,
    label: studyLabel(r.claim),
    sourceIds: r.claim.sources.map((s) => s.id),
    data: r.data,
    yi: y[i],
    vi: v[i],
    weight: pooledRaw ? pooledRaw.weights[i] : null,
    route: r.route,
    comparatorType: r.comparatorType,
    crossover: r.claim.studyDesign === "crossover" || r.claim.sources[0]?.design === "crossover-rct",
    timepoint: r.claim.timepoint?.label ?? "",
    n: studyN(r.data) ?? r.claim.sampleSize,
  }));

  let subgroups: Synthesis["subgroups"] = null;
  if (q.by !== "none" && k >= 2) {
    const keyOf = (s: SynthesisStudy) => (q.by === "route" ? s.route : s.comparatorType);
    const keys = [...new Set(studies.map(keyOf))].sort();
    const groups = keys.map((key) => {
      const idx = studies.map((s, i) => (keyOf(s) === key ? i : -1)).filter((i) => i >= 0);
      const p = idx.length >= 2 ? pool(idx.map((i) => y[i]), idx.map((i) => v[i]), options) : null;
      const n = idx.reduce((sum, i) => sum + (studies[i].n ?? 0), 0);
      return { key, k: idx.length, pooled: p ? toOut(p, measure, n) : null, raw: p };
    });
    const testable = groups.filter((g) => g.raw).map((g) => ({ estimate: g.raw!.estimate, se: g.raw!.se }));
    subgroups = { by: q.by, groups: groups.map(({ raw: _raw, ...g }) => g), test: testable.length >= 2 ? subgroupTest(testable) : null };
    if (groups.some((g) => g.k < 2)) warnings.push("Subgroups with a single study are shown without a pooled estimate and left out of the subgroup test.");
  }

  const loo = k >= 3 ? leaveOneOut(y, v, options) : [];
  return {
    outcome: q.outcome,
    window: q.window,
    measure,
    method: options,
    studies,
    pooled: pooledRaw ? toOut(pooledRaw, measure, totalN) : null,
    ...(pooledRaw ? {} : { reason: k === 0 ? "no study matches these choices" : "k < 2: at least two studies are needed to pool" }),
    excluded,
    warnings,
    subgroups,
    published,
    leaveOneOut: loo.map((p, i) => ({
      id: studies[i].id,
      label: studies[i].label,
      estimate: toNatural(p!.estimate, measure),
      ciLow: toNatural(p!.ciLow, measure),
      ciHigh: toNatural(p!.ciHigh, measure),
      i2: p!.i2,
    })),
  };
}

/** Natural-scale estimate and 95% CI of one study (for tables and the plot). */
export function studyInterval(s: Pick<SynthesisStudy, "yi" | "vi">, measure: MaMeasure) {
  const half = Z_975 * Math.sqrt(s.vi);
  return { estimate: toNatural(s.yi, measure), ciLow: toNatural(s.yi - half, measure), ciHigh: toNatural(s.yi + half, measure) };
}

