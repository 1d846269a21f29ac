import { chisqPValue, tPValue, tQuant, zPValue, zQuantile } from "./distributions";

// Random-effects meta-analysis on the analysis scale. Definitions follow the Cochrane Handbook ch. 10 and
// metafor's rma(): τ² by REML (default), DerSimonian–Laird or Paule–Mandel; CI by Hartung–Knapp–Sidik–Jonkman
// (default, without truncation) or Wald; prediction interval μ ± t(0.975, k−2)·√(τ² + SE²) for k ≥ 3;
// I² = τ²/(τ² + s²) with s² the typical within-study variance (Higgins & Thompson 2002).

export const TAU2_METHODS = ["REML", "DL", "PM"] as const;
export type Tau2Method = (typeof TAU2_METHODS)[number];
export const CI_METHODS = ["HK", "wald"] as const;
export type CiMethod = (typeof CI_METHODS)[number];

export type PoolOptions = { tau2: Tau2Method; ci: CiMethod; level?: number };
export type Pooled = {
  k: number;
  estimate: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** Null when k < 3. */
  piLow: number | null;
  piHigh: number | null;
  tau2: number;
  i2: number;
  q: number;
  qDf: number;
  qP: number;
  /** Test of the pooled effect (t with k − 1 df under HK, z under Wald). */
  p: number;
  /** Random-effects weights in percent, in the input order. */
  weights: number[];
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function weightedMean(y: readonly number[], w: readonly number[]): number {
  return sum(y.map((yi, i) => yi * w[i])) / sum(w);
}

/** Cochran's Q with inverse-variance (fixed-effect) weights. */
export function cochranQ(y: readonly number[], v: readonly number[]): number {
  const w = v.map((vi) => 1 / vi);
  const mu = weightedMean(y, w);
  return sum(y.map((yi, i) => w[i] * (yi - mu) ** 2));
}

export function tau2DL(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  if (k < 2) return 0;
  const w = v.map((vi) => 1 / vi);
  const q = cochranQ(y, v);
  const c = sum(w) - sum(w.map((x) => x * x)) / sum(w);
  return Math.max(0, (q - (k - 1)) / c);
}

/** Paule–Mandel: the τ² at which the generalised Q equals its expectation k − 1 (bisection). */
export function tau2PM(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  if (k < 2) return 0;
  const gq = (t2: number) => {
    const w = v.map((vi) => 1 / (vi + t2));
    const mu = weightedMean(y, w);
    return sum(y.map((yi, i) => w[i] * (yi - mu) ** 2)) - (k - 1);
  };
  if (gq(0) <= 0) return 0;
  let lo = 0;
  let hi = Math.max(1, 10 * Math.max(...y.map((yi) => yi * yi)) + 10 * Math.max(...v));
  while (gq(hi) > 0) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (gq(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Restricted maximum likelihood by Fisher scoring (Viechtbauer 2005), started at DL, truncated at 0. */
export function tau2REML(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  if (k < 2) return 0;
  let t2 = tau2DL(y, v);
  for (let iter = 0; iter < 1000; iter++) {
    const w = v.map((vi) => 1 / (vi + t2));
    const sw = sum(w);
    const mu = weightedMean(y, w);
    const w2 = sum(w.map((x) => x * x));
    const next = Math.max(0, sum(y.map((yi, i) => w[i] * w[i] * ((yi - mu) ** 2 - v[i]))) / w2 + 1 / sw);
    if (Math.abs(next - t2) < 1e-10) return next;
    t2 = next;
  }
  return t2;
}

export function estimateTau2(y: readonly number[], v: readonly number[], method: Tau2Method): number {
  return method === "DL" ? tau2DL(y, v) : method === "PM" ? tau2PM(y, v) : tau2REML(y, v);
}

/** The typical within-study variance s² of Higgins & Thompson (2002). */
export function typicalVariance(v: readonly number[]): number {
  const w = v.map((vi) => 1 / vi);
  const k = v.length;
  return ((k - 1) * sum(w)) / (sum(w) ** 2 - sum(w.map((x) => x * x)));
}

export function pool(y: readonly number[], v: readonly number[], options: PoolOptions): Pooled {
  const k = y.length;
  if (k < 1 || k !== v.length) throw new Error("pool needs one variance per estimate and at least one estimate");
  const level = options.level ?? 0.95;
  const alpha = 1 - level;
  const tau2 = k >= 2 ? estimateTau2(y, v, options.tau2) : 0;
  const w = v.map((vi) => 1 / (vi + tau2));
  const sw = sum(w);
  const mu = weightedMean(y, w);
  let se = Math.sqrt(1 / sw);
  let crit: number;
  let p: number;
  if (options.ci === "HK" && k >= 2) {
    // Hartung–Knapp–Sidik–Jonkman: scale the variance by the weighted residual mean square; no truncation.
    const qHk = sum(y.map((yi, i) => w[i] * (yi - mu) ** 2)) / (k - 1);
    se = Math.sqrt(qHk / sw);
    crit = tQuant(1 - alpha / 2, k - 1);
    p = tPValue(mu / se, k - 1);
  } else {
    crit = zQuantile(1 - alpha / 2);
    p = zPValue(mu / se);
  }
  const q = k >= 2 ? cochranQ(y, v) : 0;
  const s2 = k >= 2 ? typicalVariance(v) : 0;
  const piHalf = k >= 3 ? tQuant(1 - alpha / 2, k - 2) * Math.sqrt(tau2 + se * se) : null;
  return {
    k,
    estimate: mu,
    se,
    ciLow: mu - crit * se,
    ciHigh: mu + crit * se,
    piLow: piHalf === null ? null : mu - piHalf,
    piHigh: piHalf === null ? null : mu + piHalf,
    tau2,
    i2: k >= 2 && tau2 + s2 > 0 ? (100 * tau2) / (tau2 + s2) : 0,
    q,
    qDf: k - 1,
    qP: chisqPValue(q, k - 1),
    p,
    weights: w.map((wi) => (100 * wi) / sw),
  };
}

/** Test for subgroup differences: Q between the subgroups' pooled estimates (Handbook 10.11.3.1). */
export function subgroupTest(groups: readonly { estimate: number; se: number }[]): { q: number; df: number; p: number } {
  const y = groups.map((g) => g.estimate);
  const v = groups.map((g) => g.se * g.se);
  const q = groups.length >= 2 ? cochranQ(y, v) : 0;
  return { q, df: groups.length - 1, p: chisqPValue(q, groups.length - 1) };
}

/** The pooled result with each study left out in turn. */
export function leaveOneOut(y: readonly number[], v: readonly number[], options: PoolOptions): (Pooled | null)[] {
  return y.map((_, i) => {
    const yy = y.filter((_, j) => j !== i);
    const vv = v.filter((_, j) => j !== i);
    return yy.length >= 1 ? pool(yy, vv, options) : null;
  });
}
