import "server-only";
import { buildSynthesis, isBinaryOutcome } from "../../lib/synthesis/build-synthesis";
import { MEASURE_NAME } from "../../lib/synthesis/labels";
import { synthesisLabel } from "../../lib/synthesis/labels";
import { WINDOWS } from "../../lib/synthesis/windows";
import { SYNTHESIS_COMPARATORS, serializeSynthesisQuery, synthesisQuerySchema } from "../../lib/schemas/synthesis-query";
import { OUTCOME_KEYS } from "../../lib/schemas/vocabulary";
import { byVersion } from "../cache";
import { getSynthesisClaims } from "./get-synthesis-claims";

/**
 * Every analysis the data supports with at least two studies: outcome × window × comparator type, each with the
 * effect measure that lets the most studies in (the outcome's default measure first when tied).
 */
export async function getSynthesisOptions() {
  // The options change only when the data does: computed once per dataset version, in the views' cache.
  return byVersion("synthesis-options", {}, computeOptions);
}

async function computeOptions() {
  const { claims: withOutcome, datasetVersion } = await getSynthesisClaims([]);
  const options: { query: string; label: string; k: number }[] = [];
  for (const outcome of OUTCOME_KEYS) {
    for (const w of WINDOWS) {
      for (const comparator of SYNTHESIS_COMPARATORS) {
        const measures = isBinaryOutcome(outcome) ? [undefined, "or", "rd"] : [undefined, "md"];
        let best: { query: ReturnType<typeof synthesisQuerySchema.parse>; k: number; measure: string } | null = null;
        for (const measure of measures) {
          const query = synthesisQuerySchema.parse({ outcome, window: w.id, comparator, measure });
          const s = buildSynthesis(withOutcome, query);
          if (!best || s.studies.length > best.k) best = { query, k: s.studies.length, measure: s.measure };
        }
        if (best && best.k >= 2) {
          options.push({ query: serializeSynthesisQuery(best.query), label: `${synthesisLabel(best.query)} (${MEASURE_NAME[best.measure]})`, k: best.k });
        }
      }
    }
  }
  return { datasetVersion, options };
}
