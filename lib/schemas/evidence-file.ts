import { z } from "zod";
import {
  ADVERSE_EFFECTS,
  AE_TERMS,
  CATEGORIES,
  DESIGNS,
  DIRECTIONS,
  DRUGS,
  EFFECT_TYPES,
  FUNDING,
  ROUTES,
  SUBTYPES,
} from "./vocabulary";

// The curated file format (data/sources/<source-id>.json): one source and the claims it supports.
// This is the single definition; types below are inferred from it.

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits, single hyphens)");

export const pmidSchema = z.string().regex(/^[1-9][0-9]{0,8}$/, "PMID must be digits only, e.g. 37224232");
export const doiSchema = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, "DOI must look like 10.xxxx/suffix, without a https://doi.org/ prefix");
export const pmcidSchema = z.string().regex(/^PMC[0-9]+$/, "PMCID must look like PMC1234567");
export const registrationSchema = z
  .string()
  .regex(/^(NCT[0-9]{8}|EudraCT [0-9-]+|ISRCTN[0-9]+|ACTRN[0-9]+|CTRI\/[0-9/]+|IRCT[0-9A-Z]+|ChiCTR[0-9A-Za-z-]+)$/, "registration must be an NCT, EudraCT, ISRCTN, ACTRN, CTRI, IRCT or ChiCTR id");
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");
const text = z.string().trim().min(1, "must not be empty");

export const sourceSchema = z
  .object({
    id: slugSchema,
    title: text,
    authors: z.array(text).min(1, "at least the first author is required"),
    journal: text,
    year: z.number().int().min(1950).max(2100),
    pmid: pmidSchema.optional(),
    doi: doiSchema.optional(),
    pmcid: pmcidSchema.optional(),
    registration: registrationSchema.optional(),
    url: z.url().optional(),
    design: z.enum(DESIGNS),
    n: z.number().int().positive().optional(),
    funding: z.enum(FUNDING),
    /** Where the curator read the source (an address of the abstract or full text). */
    readAt: z.url(),
  })
  .strict()
  .refine((s) => s.pmid || s.doi || s.url, {
    message: "a source needs a PMID, a DOI or an official URL",
    path: ["pmid"],
  });

export const timepointSchema = z
  .object({
    label: text,
    hours: z.number().nonnegative(),
  })
  .strict();

export const resultSchema = z
  .object({
    effectType: z.enum(EFFECT_TYPES),
    value: z.number().optional(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
    unit: text.optional(),
    intervention: text.optional(),
    control: text.optional(),
    n: z.number().int().positive().optional(),
    p: text.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.ciLow === undefined) !== (r.ciHigh === undefined)) {
      ctx.addIssue({ code: "custom", message: "give both ends of the CI or neither", path: ["ciLow"] });
    }
    if (r.ciLow !== undefined && r.ciHigh !== undefined) {
      if (r.ciLow > r.ciHigh) {
        ctx.addIssue({ code: "custom", message: `CI low (${r.ciLow}) is above CI high (${r.ciHigh})`, path: ["ciLow"] });
      } else if (r.value !== undefined && (r.value < r.ciLow || r.value > r.ciHigh)) {
        ctx.addIssue({ code: "custom", message: `value ${r.value} lies outside its CI`, path: ["value"] });
      }
    }
  });

export const adverseEffectSchema = z
  .object({
    name: z.enum(ADVERSE_EFFECTS),
    /** The source's own term, e.g. "dissociative symptoms (CADSS)". */
    label: text,
    term: z.enum(AE_TERMS),
    /** Incidence as published, e.g. "26.1% vs 6.4%" — in words. */
    incidence: text.optional(),
    /** Incidence in the ketamine/esketamine arm as a percentage, when the source gives one. */
    percent: z.number().min(0).max(100).optional(),
  })
  .strict();

export const citationSchema = z.object({ source: slugSchema, locator: text }).strict();

export const claimSchema = z
  .object({
    id: slugSchema,
    statement: text.max(400, "a statement is one sentence (at most 400 characters)"),
    category: z.enum(CATEGORIES),
    subtypes: z.array(z.enum(SUBTYPES)),
    routes: z.array(z.enum(ROUTES)),
    drugs: z.array(z.enum(DRUGS)),
    comparator: text.optional(),
    outcome: text.optional(),
    timepoint: timepointSchema.optional(),
    result: resultSchema.optional(),
    adverseEffect: adverseEffectSchema.optional(),
    direction: z.enum(DIRECTIONS),
    level: z.number().int().min(1).max(5),
    levelReason: text.optional(),
    sourceGrade: text.optional(),
    doseAsStudied: text.optional(),
    setting: text.optional(),
    /** Where in this file's source the finding appears ("Abstract", "Table 2"). */
    locator: text,
    alsoCites: z.array(citationSchema).optional(),
    lastReviewed: dateSchema,
    history: z.array(z.object({ date: dateSchema, change: text }).strict()).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.category === "adverse-effect" && !c.adverseEffect) {
      ctx.addIssue({ code: "custom", message: "an adverse-effect claim needs adverseEffect", path: ["adverseEffect"] });
    }
  });

export const evidenceFileSchema = z
  .object({
    source: sourceSchema,
    claims: z.array(claimSchema),
  })
  .strict();

export type SourceInput = z.infer<typeof sourceSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
