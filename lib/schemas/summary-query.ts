import { z } from "zod";
import { listParam, parseParams } from "./claims-query";
import { ROUTES, SUBTYPES } from "./vocabulary";

/** Placebo comparators a summary can be about: saline/placebo spray, midazolam, or both. */
export const SUMMARY_COMPARATORS = ["inert-placebo", "active-placebo"] as const;

// One parser for /summary and /api/summary.
export const summaryQuerySchema = z.object({
  subtype: listParam("subtype", SUBTYPES),
  route: listParam("route", ROUTES),
  comparator: listParam("comparator", SUMMARY_COMPARATORS, [...SUMMARY_COMPARATORS]),
});
export type SummaryQuery = z.output<typeof summaryQuerySchema>;
type Raw = Parameters<typeof parseParams>[1];
export const parseSummaryQuery = (p: Raw, extra: string[] = []) => parseParams(summaryQuerySchema, p, extra);
