import { Z_975 } from "./distributions";

// Effect sizes and their sampling variances on the analysis scale (natural log for ratios), after the
// Cochrane Handbook ch. 6 and 10 and metafor's escalc(). Group 1 is the ketamine/esketamine arm.

export const MA_MEASURES = ["rr", "or", "rd", "md", "smd"] as const;
export type MaMeasure = (typeof MA_MEASURES)[number];

export type BinaryData = { type: "binary"; e1: number; n1: number; e2: number; n2: number };
export type ContinuousData = { type: "continuous"; m1: number; sd1: number; n1: number; m2: number; sd2: number; n2: number };
/** A published between-group estimate on its natural scale, with its 95% CI. */
export type GenericData = { type: "generic"; estimate: number; ciLow: number; ciHigh: number };
export type StudyData = BinaryData | ContinuousData | GenericData;

export type EffectSize = { yi: number; vi: number };

export const isRatio = (m: MaMeasure): boolean => m === "rr" || m === "or";

/** Which measures a study's data can give. */
export function measuresFor(data: StudyData, genericMeasure?: MaMeasure): MaMeasure[] {
  if (data.type === "binary") return ["rr", "or", "rd"];
  if (data.type === "continuous") return ["md", "smd"];
  return genericMeasure ? [genericMeasure] : [];
}

function binary(d: BinaryData, measure: "rr" | "or" | "rd"): EffectSize {
  let { e1, n1, e2, n2 } = d;
  // A zero cell makes a ratio undefined: add 0.5 to all four cells of that study (Handbook 10.4.4.2).
  const zeroCell = e1 === 0 || e2 === 0 || e1 === n1 || e2 === n2;
  if (measure !== "rd" && zeroCell) {
    e1 += 0.5;
    e2 += 0.5;
    n1 += 1;
    n2 += 1;
  }
  const p1 = e1 / n1;
  const p2 = e2 / n2;
  if (measure === "rr") return { yi: Math.log(p1 / p2), vi: 1 / e1 - 1 / n1 + 1 / e2 - 1 / n2 };
  if (measure === "or") return { yi: Math.log((e1 * (n2 - e2)) / ((n1 - e1) * e2)), vi: 1 / e1 + 1 / (n1 - e1) + 1 / e2 + 1 / (n2 - e2) };
  return { yi: p1 - p2, vi: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 };
}

function continuous(d: ContinuousData, measure: "md" | "smd"): EffectSize {
  const { m1, sd1, n1, m2, sd2, n2 } = d;
  if (measure === "md") return { yi: m1 - m2, vi: (sd1 * sd1) / n1 + (sd2 * sd2) / n2 };
  // Hedges' g: the pooled-SD standardised difference with the small-sample correction J.
  const sp = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
  const j = 1 - 3 / (4 * (n1 + n2) - 9);
  const g = (j * (m1 - m2)) / sp;
  return { yi: g, vi: (n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2)) };
}

/** A published estimate with its 95% CI: variance ((hi − lo)/(2 × 1.959964))² on the analysis scale. */
function generic(d: GenericData, measure: MaMeasure): EffectSize {
  const f = isRatio(measure) ? Math.log : (x: number) => x;
  const yi = f(d.estimate);
  const se = (f(d.ciHigh) - f(d.ciLow)) / (2 * Z_975);
  return { yi, vi: se * se };
}

export function effectSize(data: StudyData, measure: MaMeasure): EffectSize {
  if (data.type === "binary") {
    if (measure === "md" || measure === "smd") throw new Error(`${measure} needs continuous data`);
    return binary(data, measure);
  }
  if (data.type === "continuous") {
    if (measure !== "md" && measure !== "smd") throw new Error(`${measure} needs binary data`);
    return continuous(data, measure);
  }
  return generic(data, measure);
}

/** Back to the natural scale for display (exp for ratios). */
export function toNatural(y: number, measure: MaMeasure): number {
  return isRatio(measure) ? Math.exp(y) : y;
}
