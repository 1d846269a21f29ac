import { z } from "zod";
import {
  ADVERSE_EFFECTS,
  AE_TERMS,
  ARM_ROLES,
  CATEGORIES,
  CERTAINTIES,
  CERTAINTY_BASES,
  COMPARATOR_TYPES,
  COMPARISONS,
  DESIGNS,
  DIRECTIONS,
  DRUGS,
  EVIDENCE_BASES,
  FUNDING,
  MEASURES,
  OUTCOME_KEYS,
  POOLS,
  ROUTES,
  SOURCE_KINDS,
  SUBTYPES,
} from "./vocabulary";

// The JSON the API returns, as zod: the contract the OpenAPI document is generated from and the
// integration tests check responses against.

const nullableText = z.string().nullable();

export const citedSourceSchema = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  firstAuthor: z.string(),
  year: z.number().int(),
  journal: z.string(),
  volume: nullableText,
  issue: nullableText,
  pages: nullableText,
  pmid: nullableText,
  doi: nullableText,
  pmcid: nullableText,
  registration: nullableText,
  url: nullableText,
  design: z.enum(DESIGNS),
  pools: z.enum(POOLS).nullable().describe("What a review or pooled analysis pools"),
  n: z.number().int().nullable(),
  funding: z.enum(FUNDING),
  locator: z.string().describe("Where in the source the finding appears"),
});

const nullableNumber = z.number().nullable();

export const estimateApiSchema = z.object({
  measure: z.enum(MEASURES),
  value: nullableNumber,
  ciLow: nullableNumber,
  ciHigh: nullableNumber,
  ciLevel: z.number().describe("Confidence level of the interval, in %"),
  label: nullableText,
  unit: nullableText,
  p: nullableText,
  n: z.number().int().nullable(),
  k: z.number().int().nullable(),
});

export const armApiSchema = z.object({
  label: z.string(),
  role: z.enum(ARM_ROLES),
  drug: z.enum(DRUGS).nullable(),
  comparatorType: z.enum(COMPARATOR_TYPES).nullable(),
  route: z.enum(ROUTES).nullable(),
  doseAsStudied: nullableText.describe("As studied; never a recommendation"),
  nRandomised: z.number().int().nullable(),
  n: z.number().int().nullable(),
  events: z.number().int().nullable(),
  percent: nullableNumber,
  mean: nullableNumber,
  sd: nullableNumber,
  meanType: z.enum(["change", "endpoint"]).nullable(),
});

export const claimApiSchema = z.object({
  id: z.string().describe("Stable slug; never changes once published"),
  statement: z.string(),
  category: z.enum(CATEGORIES),
  subtypes: z.array(z.enum(SUBTYPES)),
  routes: z.array(z.enum(ROUTES)),
  allSubtypes: z.boolean().describe("The fact applies to every subtype (subtypes then lists them all)"),
  allRoutes: z.boolean().describe("The fact spans every route (routes then lists them all)"),
  drugs: z.array(z.enum(DRUGS)),
  comparator: nullableText,
  comparison: z.enum(COMPARISONS).nullable(),
  outcome: nullableText,
  outcomeKey: z.enum(OUTCOME_KEYS).nullable().describe("The outcome in the synthesis vocabulary"),
  studyLabel: nullableText.describe("For a per-study row taken from a review's analysis table: the study as the review labels it"),
  studyDesign: z.enum(["parallel", "crossover"]).nullable(),
  studySource: nullableText.describe("For a per-study row from a review whose trial has its own source in the dataset: that source's id"),
  timepoint: z.object({ label: z.string(), hours: z.number().nullable() }).nullable(),
  date: nullableText.describe("Date of a dated fact (approval, label change, warning), YYYY-MM-DD"),
  n: z.number().int().nullable(),
  k: z.number().int().nullable(),
  sampleSize: z.number().int().nullable().describe("Participants behind the finding: the claim's n, else its estimates' or arms', else the source's"),
  estimates: z.array(estimateApiSchema),
  arms: z.array(armApiSchema),
  result: z
    .object({
      effectType: z.enum(MEASURES),
      value: nullableNumber,
      ciLow: nullableNumber,
      ciHigh: nullableNumber,
      unit: nullableText,
      intervention: nullableText,
      control: nullableText,
      n: z.number().int().nullable(),
      p: nullableText,
    })
    .nullable()
    .describe("The first estimate, in the shape of API v1"),
  adverseEffect: z
    .object({
      name: z.enum(ADVERSE_EFFECTS),
      label: nullableText,
      term: z.enum(AE_TERMS).nullable(),
      arms: z.array(z.object({ label: z.string(), role: z.enum(ARM_ROLES), events: z.number().int().nullable(), total: z.number().int().nullable(), percent: nullableNumber })),
      notReported: nullableText.describe("Where the curator looked when the source gives no incidence"),
      incidence: nullableText,
      percent: nullableNumber.describe("Incidence in the ketamine/esketamine arm, % (highest dose arm when several)"),
    })
    .nullable(),
  direction: z.enum(DIRECTIONS),
  level: z.number().int().min(1).max(5),
  levelReason: nullableText,
  certainty: z.enum(CERTAINTIES).nullable().describe("GRADE certainty; null when not assessable (level-5 evidence)"),
  certaintyBasis: z.enum(CERTAINTY_BASES).nullable(),
  certaintyReasons: z.array(z.string()),
  sourceGrade: nullableText,
  evidenceBase: z.enum(EVIDENCE_BASES).nullable(),
  doseAsStudied: nullableText.describe("As studied in the source; never a recommendation"),
  setting: nullableText,
  lastReviewed: z.string(),
  history: z.array(z.object({ date: z.string(), change: z.string() })),
  sources: z.array(citedSourceSchema).min(1),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), datasetVersion: nullableText, data: z.array(item) });

export const claimsPageSchema = page(claimApiSchema);

export const sourceApiSchema = citedSourceSchema.omit({ locator: true }).extend({ authors: z.array(z.string()), claimCount: z.number().int() });
export const sourcesPageSchema = page(sourceApiSchema);
export const sourceWithClaimsSchema = citedSourceSchema.omit({ locator: true }).extend({ authors: z.array(z.string()), claims: z.array(claimApiSchema) });

export const healthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgresql"]),
  claims: z.number().int(),
  datasetVersion: nullableText,
  importedAt: z.string().nullable(),
});

export const errorSchema = z.object({
  error: z.enum(["bad_request", "not_found", "database_unavailable", "export_too_large", "rate_limited", "internal"]),
  message: z.string(),
  issues: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
});
