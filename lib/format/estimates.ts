import type { Measure } from "../schemas/vocabulary";

// Figures as a clinician reads them, from the structured estimates and arms: true minus signs,
// "95% CI a to b" beside its own estimate, numbers exactly as curated (never re-rounded).

export type EstimateLike = {
  measure: Measure | string;
  value?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  ciLevel?: number | null;
  label?: string | null;
  unit?: string | null;
  p?: string | null;
  n?: number | null;
  k?: number | null;
};

export type ArmLike = {
  label: string;
  role: string;
  n?: number | null;
  nRandomised?: number | null;
  events?: number | null;
  total?: number | null;
  percent?: number | null;
  mean?: number | null;
  sd?: number | null;
  meanType?: string | null;
};

export const MEASURE_ABBREVIATION: Record<Measure, string> = {
  rr: "RR",
  or: "OR",
  hr: "HR",
  rd: "RD",
  md: "MD",
  smd: "SMD",
  nnt: "NNT",
  nnh: "NNH",
  percent: "",
  mean: "Mean",
  "mean-change": "Mean change",
  median: "Median",
  "median-difference": "Median difference",
  ror: "ROR",
  correlation: "r",
  beta: "β",
  "test-statistic": "",
  count: "",
  other: "",
};

export const MEASURE_LABEL: Record<Measure, string> = {
  rr: "Risk ratio",
  or: "Odds ratio",
  hr: "Hazard ratio",
  rd: "Risk difference",
  md: "Mean difference",
  smd: "Standardised mean difference",
  nnt: "Number needed to treat",
  nnh: "Number needed to harm",
  percent: "Percentage",
  mean: "Mean",
  "mean-change": "Mean change from baseline",
  median: "Median",
  "median-difference": "Median difference",
  ror: "Reporting odds ratio",
  correlation: "Correlation",
  beta: "Regression coefficient",
  "test-statistic": "Test statistic",
  count: "Count",
  other: "Other",
};

/** A number as printed, with a true minus sign. */
export function num(v: number): string {
  return String(v).replace(/^-/, "−");
}

function withUnit(value: string, unit: string | null | undefined): string {
  if (!unit) return value;
  return unit === "%" ? `${value}%` : `${value} ${unit}`;
}

/**
 * A rate to show or export, in percent: one decimal at most. Curated percentages have at most one, so they are
 * unchanged; a rate worked out from events/total (55/91) would otherwise show as 60.43956043956044.
 */
export function roundPercent(v: number): number {
  return Math.round(v * 10) / 10;
}

export function formatP(p: string): string {
  const t = p.trim().replace(/^-/, "−");
  return /^[<>=≤≥]/.test(t) ? `P ${t}` : `P = ${t}`;
}

/** "Adjusted mean difference: MD −3.16 MADRS points (95% CI −8.54 to 2.22); P = .25". */
export function formatEstimate(e: EstimateLike): string {
  const abbr = MEASURE_ABBREVIATION[e.measure as Measure] ?? "";
  const parts: string[] = [];
  if (e.value !== null && e.value !== undefined) parts.push(withUnit(`${abbr ? `${abbr} ` : ""}${num(e.value)}`, e.unit));
  else if (abbr) parts.push(abbr);
  if (e.ciLow !== null && e.ciLow !== undefined && e.ciHigh !== null && e.ciHigh !== undefined) {
    const ci = `${e.ciLevel ?? 95}% CI ${num(e.ciLow)} to ${num(e.ciHigh)}${e.value === null || e.value === undefined ? (e.unit === "%" ? "%" : e.unit ? ` ${e.unit}` : "") : ""}`;
    parts.push(e.value === null || e.value === undefined ? ci : `(${ci})`);
  }
  let s = parts.join(" ");
  if (e.label) s = `${e.label}: ${s}`;
  if (e.p) s += `; ${formatP(e.p)}`;
  return s;
}

export function formatEstimates(list: readonly EstimateLike[] | null | undefined): string {
  return (list ?? []).map(formatEstimate).join(" · ");
}

/** One arm's figure: "12/38 (31.6%)", "31.6%", "mean change −15.3 (SD 11.2)". */
export function formatArmFigure(a: ArmLike): string {
  const total = a.total ?? a.n ?? null;
  const bits: string[] = [];
  if (a.events !== null && a.events !== undefined && total) {
    bits.push(`${a.events}/${total}${a.percent !== null && a.percent !== undefined ? ` (${num(a.percent)}%)` : ""}`);
  } else if (a.percent !== null && a.percent !== undefined) {
    bits.push(`${num(a.percent)}%${total ? ` of ${total}` : ""}`);
  }
  if (a.mean !== null && a.mean !== undefined) {
    bits.push(`${a.meanType === "change" ? "mean change" : "mean"} ${num(a.mean)}${a.sd !== null && a.sd !== undefined ? ` (SD ${num(a.sd)})` : ""}`);
  }
  if (bits.length === 0 && total) bits.push(`n = ${total}`);
  return bits.join(", ");
}

/** "ketamine 0.5 mg/kg: 55/91 (60.4%) vs ECT: 14/90 (15.4%)". */
export function formatArms(arms: readonly ArmLike[] | null | undefined): string {
  return (arms ?? [])
    .map((a) => {
      const fig = formatArmFigure(a);
      return fig ? `${a.label}: ${fig}` : a.label;
    })
    .join(" vs ");
}
