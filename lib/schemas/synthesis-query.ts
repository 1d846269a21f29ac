import { z } from "zod";
import { MA_MEASURES } from "../meta-analysis/effect-sizes";
import { CI_METHODS, TAU2_METHODS } from "../meta-analysis/random-effects";
import { WINDOW_IDS } from "../synthesis/windows";
import { listParam, parseParams } from "./claims-query";
import { COMPARATOR_TYPES, DRUGS, OUTCOME_KEYS, ROUTES, SUBTYPES } from "./vocabulary";

// One parser for /synthesis, /api/synthesis and its exports: same names, same values; an unknown value is a 400.

/** Comparators a synthesis can pool against (a claim without a comparator arm cannot be pooled). */
export const SYNTHESIS_COMPARATORS = COMPARATOR_TYPES.filter((c) => c !== "none");

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T, fallback: T[number]) =>
  z
    .enum(values, { message: `${name} must be one of: ${values.join(", ")}` })
    .optional()
    .transform((v) => v ?? fallback);

export const synthesisQuerySchema = z.object({
  outcome: oneOf("outcome", OUTCOME_KEYS, "response"),
  window: oneOf("window", WINDOW_IDS, "day-1"),
  subtype: listParam("subtype", SUBTYPES),
  route: listParam("route", ROUTES),
  drug: listParam("drug", DRUGS),
  comparator: listParam("comparator", SYNTHESIS_COMPARATORS),
  measure: z.enum(MA_MEASURES, { message: `measure must be one of: ${MA_MEASURES.join(", ")}` }).optional(),
  tau2: oneOf("tau2", TAU2_METHODS, "REML"),
  ci: oneOf("ci", CI_METHODS, "HK"),
  by: oneOf("by", ["none", "route", "comparator"] as const, "none"),
  /** Arm-level figures (default) or the trial's own adjusted between-group estimate when it publishes both. */
  prefer: oneOf("prefer", ["arms", "estimates"] as const, "arms"),
});
export type SynthesisQuery = z.output<typeof synthesisQuerySchema>;

type Raw = Parameters<typeof parseParams>[1];
export const parseSynthesisQuery = (p: Raw, extra: string[] = []) => parseParams(synthesisQuerySchema, p, extra);

/** The canonical query string of a synthesis (defaults left out), for links, options and copies. */
export function serializeSynthesisQuery(q: Partial<SynthesisQuery>): string {
  const out = new URLSearchParams();
  const defaults: Record<string, string> = { outcome: "response", window: "day-1", tau2: "REML", ci: "HK", by: "none", prefer: "arms" };
  for (const key of ["outcome", "window", "subtype", "route", "drug", "comparator", "measure", "tau2", "ci", "by", "prefer"] as const) {
    const v = q[key];
    if (v === undefined || v === null) continue;
    const text = Array.isArray(v) ? v.join(",") : String(v);
    if (text && text !== defaults[key]) out.set(key, text);
  }
  return out.toString();
}
