import type { ClaimDto } from "../../server/claims/claim-dto";
import { byCertaintyThenSample } from "../compare/build-comparison";
import { CERTAINTY_ORDER, IMPRECISION_SERIOUS_N, IMPRECISION_VERY_SERIOUS_N } from "../evidence-levels";
import type { Certainty, OutcomeKey } from "../schemas/vocabulary";
import { synthesisQuerySchema } from "../schemas/synthesis-query";
import { buildSynthesis, isBinaryOutcome, isPublishedPool, type Synthesis } from "./build-synthesis";
import { formatNumber, measureAbbrev } from "./format";
import { OUTCOME_LABEL } from "./labels";
import type { WindowId } from "./windows";

// A summary-of-findings table (Cochrane / GRADEpro style): one row per outcome, with the relative effect, the
// absolute effect per 1,000 at a stated comparator risk, participants (studies), certainty with its reasons and a
// plain sentence — from a published meta-analysis in the dataset when there is one, otherwise from live pooling.

export const SOF_OUTCOMES: { outcome: OutcomeKey; window: WindowId }[] = [
  { outcome: "response", window: "day-1" },
  { outcome: "remission", window: "day-1" },
  { outcome: "depression-score", window: "day-1" },
  { outcome: "suicidal-ideation-score", window: "day-1" },
  { outcome: "relapse", window: "later" },
  { outcome: "dissociation", window: "hours" },
  { outcome: "blood-pressure", window: "hours" },
  { outcome: "dropout-ae", window: "weeks-2-5" },
];

export type SofRow = {
  outcome: OutcomeKey;
  label: string;
  basis: "published" | "live" | "none";
  /** The published claim or the live query behind the row. */
  claimId: string | null;
  liveQuery: string | null;
  relative: string;
  /** What the row compares against, in words ("midazolam", "saline placebo"). */
  comparison: string | null;
  measure: string | null;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  absolute: string | null;
  participants: number | null;
  studies: number | null;
  certainty: Certainty | null;
  certaintyReasons: string[];
  sentence: string;
};

const HEDGE: Record<Certainty, string> = { high: "", moderate: "probably ", low: "may ", "very-low": "" };

function sentence(label: string, certainty: Certainty | null, effect: "benefit" | "harm-increase" | "none" | "unclear", comparator: string): string {
  if (certainty === "very-low" || certainty === null) return `The evidence is very uncertain about the effect on ${label.toLowerCase()} compared with ${comparator}.`;
  const h = HEDGE[certainty];
  if (effect === "none") return `Ketamine or esketamine ${h}make${h ? "" : "s"} little or no difference to ${label.toLowerCase()} compared with ${comparator}.`;
  if (effect === "harm-increase") return `Ketamine or esketamine ${h}increase${h ? "" : "s"} ${label.toLowerCase()} compared with ${comparator}.`;
  return `Ketamine or esketamine ${h}improve${h ? "" : "s"} ${label.toLowerCase()} compared with ${comparator}.`;
}

/** Absolute effect per 1,000 from a ratio and an assumed comparator risk (GRADE handbook 14.1.5). */
export function perThousand(measure: string, ratio: number, acr: number): number {
  if (measure === "or") return Math.round((1000 * (ratio * acr)) / (1 - acr + ratio * acr));
  return Math.round(1000 * ratio * acr);
}

/** Live certainty for a pooled row: randomised evidence starts high; imprecision by participants; inconsistency by I². */
function liveCertainty(s: Synthesis): { certainty: Certainty; reasons: string[] } {
  let step = 3;
  const reasons = ["randomised trials start high"];
  const n = s.pooled?.n ?? 0;
  if (n < IMPRECISION_VERY_SERIOUS_N) {
    step -= 2;
    reasons.push(`very serious imprecision: ${n} participants`);
  } else if (n < IMPRECISION_SERIOUS_N) {
    step -= 1;
    reasons.push(`imprecision: ${n} participants`);
  }
  if (s.pooled && s.pooled.i2 > 50) {
    step -= 1;
    reasons.push(`inconsistency: I² ${Math.round(s.pooled.i2)}%`);
  }
  if (s.pooled && s.pooled.ciLow < (s.measure === "rr" || s.measure === "or" ? 1 : 0) && s.pooled.ciHigh > (s.measure === "rr" || s.measure === "or" ? 1 : 0)) {
    step -= 1;
    reasons.push("imprecision: the confidence interval includes no effect");
  }
  reasons.push("risk of bias not assessed by this app (see the trials)");
  return { certainty: CERTAINTY_ORDER[Math.max(0, step)], reasons };
}

function effectOf(outcome: OutcomeKey, measure: string, lo: number, hi: number): "benefit" | "harm-increase" | "none" | "unclear" {
  const nul = measure === "rr" || measure === "or" ? 1 : 0;
  if (lo <= nul && hi >= nul) return "none";
  const above = lo > nul;
  if (["dissociation", "blood-pressure", "dropout-ae", "relapse"].includes(outcome)) return above ? "harm-increase" : "benefit";
  // For scores lower is better (a negative difference is a benefit); for response/remission higher is better.
  if (!isBinaryOutcome(outcome)) return above ? "unclear" : "benefit";
  return above ? "benefit" : "unclear";
}

export function buildSummaryOfFindings(claims: ClaimDto[], filters: { subtype: string[]; route: string[]; comparator: string[] }): SofRow[] {
  const comparatorParam = filters.comparator.join(",");
  return SOF_OUTCOMES.map(({ outcome, window }) => {
    const label = OUTCOME_LABEL[outcome];
    const comparator = "placebo";
    const query = synthesisQuerySchema.parse({ outcome, window, comparator: comparatorParam, route: filters.route.join(",") || undefined, prefer: "estimates" });
    const live = buildSynthesis(claims, query);
    const published = claims.filter((c) => c.outcomeKey === outcome && isPublishedPool(c) && c.estimates[0]?.ciLow !== null && live.published.some((p) => p.id === c.id)).sort(byCertaintyThenSample)[0];
    if (published) {
      const e = published.estimates[0];
      const ctl = published.arms.find((a) => a.role === "comparator");
      const acr = ctl?.events !== null && ctl?.events !== undefined && ctl.n ? ctl.events / ctl.n : ctl?.percent ? ctl.percent / 100 : null;
      const ratio = e.measure === "rr" || e.measure === "or";
      const absolute =
        ratio && acr !== null && e.value !== null
          ? `${Math.round(acr * 1000)} per 1,000 with the comparator; ${perThousand(e.measure, e.value, acr)} per 1,000 with ketamine (${perThousand(e.measure, e.ciLow!, acr)} to ${perThousand(e.measure, e.ciHigh!, acr)})`
          : null;
      return {
        outcome,
        label,
        basis: "published" as const,
        claimId: published.id,
        liveQuery: null,
        relative: `${measureAbbrev(e.measure)} ${formatNumber(e.value)} (95% CI ${formatNumber(e.ciLow)} to ${formatNumber(e.ciHigh)})`,
        comparison: ctl?.label ?? published.comparator,
        measure: e.measure,
        estimate: e.value,
        ciLow: e.ciLow,
        ciHigh: e.ciHigh,
        absolute,
        participants: published.sampleSize,
        studies: published.k ?? e.k,
        certainty: published.certainty as Certainty | null,
        certaintyReasons: published.certaintyReasons,
        sentence: sentence(label, published.certainty as Certainty | null, e.ciLow !== null && e.ciHigh !== null ? effectOf(outcome, e.measure, e.ciLow, e.ciHigh) : "unclear", comparator),
      };
    }
    if (live.pooled) {
      const p = live.pooled;
      const { certainty, reasons } = liveCertainty(live);
      const controls = live.studies.filter((s) => s.data.type === "binary").map((s) => (s.data.type === "binary" ? s.data.e2 / s.data.n2 : 0));
      const acr = controls.length ? controls.sort((a, b) => a - b)[Math.floor(controls.length / 2)] : null;
      const ratio = live.measure === "rr" || live.measure === "or";
      return {
        outcome,
        label,
        basis: "live" as const,
        claimId: null,
        liveQuery: new URLSearchParams({ outcome, window, comparator: comparatorParam, prefer: "estimates", ...(filters.route.length ? { route: filters.route.join(",") } : {}), ...(filters.subtype.length ? { subtype: filters.subtype.join(",") } : {}) }).toString(),
        relative: `${measureAbbrev(live.measure)} ${formatNumber(p.estimate)} (95% CI ${formatNumber(p.ciLow)} to ${formatNumber(p.ciHigh)})`,
        comparison: [...new Set(live.studies.map((s) => s.comparatorType))].join(" or "),
        measure: live.measure,
        estimate: p.estimate,
        ciLow: p.ciLow,
        ciHigh: p.ciHigh,
        absolute:
          ratio && acr !== null
            ? `${Math.round(acr * 1000)} per 1,000 with the comparator (median of the trials); ${perThousand(live.measure, p.estimate, acr)} per 1,000 with ketamine (${perThousand(live.measure, p.ciLow, acr)} to ${perThousand(live.measure, p.ciHigh, acr)})`
            : null,
        participants: p.n,
        studies: p.k,
        certainty,
        certaintyReasons: reasons,
        sentence: sentence(label, certainty, effectOf(outcome, live.measure, p.ciLow, p.ciHigh), comparator),
      };
    }
    return {
      outcome,
      label,
      basis: "none" as const,
      claimId: null,
      liveQuery: null,
      relative: live.studies.length === 1 ? "One trial only: not pooled" : "No pooled estimate in the dataset",
      comparison: null,
      measure: null,
      estimate: null,
      ciLow: null,
      ciHigh: null,
      absolute: null,
      participants: live.studies.length === 1 ? live.studies[0].n : null,
      studies: live.studies.length,
      certainty: null,
      certaintyReasons: [],
      sentence: live.studies.length === 1 ? "A single trial: see the explorer for its result." : "No randomised comparison with this outcome is coded in the dataset yet.",
    };
  });
}
