import "server-only";
import { byVersion } from "../cache";
import { buildSynthesis } from "../../lib/synthesis/build-synthesis";
import type { SynthesisQuery } from "../../lib/schemas/synthesis-query";
import { getSynthesisClaims } from "./get-synthesis-claims";

/** The claims that carry a poolable outcome (by subtype in the database), pooled as the query asks. */
export async function getSynthesis(query: SynthesisQuery) {
  return byVersion("synthesis", query, async () => {
    const { claims, datasetVersion } = await getSynthesisClaims(query.subtype);
    return { datasetVersion, ...buildSynthesis(claims, query) };
  });
}
