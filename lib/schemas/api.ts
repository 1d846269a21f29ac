import { z } from "zod";
import { ADVERSE_EFFECTS, AE_TERMS, CATEGORIES, DESIGNS, DIRECTIONS, DRUGS, EFFECT_TYPES, FUNDING, ROUTES, SUBTYPES } from "./vocabulary";

// The JSON the API returns, as zod: the contract the OpenAPI document is generated from and the
// integration tests check responses against.

const nullableText = z.string().nullable();

export const citedSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  firstAuthor: z.string(),
  year: z.number().int(),
  journal: z.string(),
  pmid: nullableText,
  doi: nullableText,
  pmcid: nullableText,
  registration: nullableText,
  url: nullableText,
  design: z.enum(DESIGNS),
  n: z.number().int().nullable(),
  funding: z.enum(FUNDING),
  locator: z.string().describe("Where in the source the finding appears"),
});

export const claimApiSchema = z.object({
  id: z.string().describe("Stable slug; never changes once published"),
  statement: z.string(),
  category: z.enum(CATEGORIES),
  subtypes: z.array(z.enum(SUBTYPES)),
  routes: z.array(z.enum(ROUTES)),
  drugs: z.array(z.enum(DRUGS)),
  comparator: nullableText,
  outcome: nullableText,
  timepoint: z.object({ label: z.string(), hours: z.number().nullable() }).nullable(),
  result: z
    .object({
      effectType: z.enum(EFFECT_TYPES),
      value: z.number().nullable(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      unit: nullableText,
      intervention: nullableText,
      control: nullableText,
      n: z.number().int().nullable(),
      p: nullableText,
    })
    .nullable(),
  adverseEffect: z
    .object({ name: z.enum(ADVERSE_EFFECTS), label: nullableText, term: z.enum(AE_TERMS).nullable(), incidence: nullableText, percent: z.number().nullable() })
    .nullable(),
  direction: z.enum(DIRECTIONS),
  level: z.number().int().min(1).max(5),
  levelReason: nullableText,
  sourceGrade: nullableText,
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
  error: z.enum(["bad_request", "not_found", "database_unavailable", "export_too_large", "internal"]),
  message: z.string(),
  issues: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
});
