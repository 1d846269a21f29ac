import "server-only";
import { byVersion } from "../cache";
import type { SummaryQuery } from "../../lib/schemas/summary-query";
import { buildSummaryOfFindings } from "../../lib/synthesis/summary-of-findings";
import { getSynthesisClaims } from "./get-synthesis-claims";

/** The summary-of-findings rows for a subtype and route(s). */
export async function getSummary(query: SummaryQuery) {
  return byVersion("summary", query, async () => {
    const { claims, datasetVersion } = await getSynthesisClaims(query.subtype);
    return { datasetVersion, rows: buildSummaryOfFindings(claims, query) };
  });
}
