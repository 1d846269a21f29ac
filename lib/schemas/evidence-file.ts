import { z } from "zod";
import { hostOf, isCanonicalHost } from "../dataset/read-at-hosts";
import {
  ADVERSE_EFFECTS,
  AE_TERMS,
  ARM_ROLES,
  CATEGORIES,
  COMPARATOR_TYPES,
  COMPARISONS,
  DESIGNS,
  DIRECTIONS,
  DOWNGRADE_DOMAINS,
  DRUGS,
  EVIDENCE_BASES,
  FUNDING,
  GRADE_SYSTEMS,
  MEASURES,
  OUTCOME_KEYS,
  POOLS,
  ROUTES,
  SOURCE_KINDS,
  SUBTYPES,
} from "./vocabulary";

// The curated file format (data/sources/<source-id>.json): one source and the claims it supports.
// This is the single definition (evidence v2: structured estimates and arms, harms per arm, certainty
// inputs, evidence base); types below are inferred from it. docs/curation.md explains each field.

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
    kind: z.enum(SOURCE_KINDS),
    title: text,
    authors: z.array(text).min(1, "at least the first author is required"),
    journal: text,
    year: z.number().int().min(1950).max(2100),
    /** Citation details as printed on PubMed or the journal page ("47", "4", "351-354"); e-only articles may give an article number as pages. */
    volume: z.string().regex(/^[A-Za-z0-9.-]{1,12}$/, "volume as printed, e.g. 47").optional(),
    issue: z.string().regex(/^[A-Za-z0-9.\- ]{1,16}$/, "issue as printed, e.g. 4 or Suppl 2").optional(),
    pages: z.string().regex(/^[A-Za-z0-9.]+(?:[-–][A-Za-z0-9.]+)?$/, "pages as printed, e.g. 351-354 or e078218").optional(),
    pmid: pmidSchema.optional(),
    doi: doiSchema.optional(),
    pmcid: pmcidSchema.optional(),
    registration: registrationSchema.optional(),
    url: z.url().optional(),
    /** A journal article without a PMID says why, and where the curator looked. */
    noPmid: text.optional(),
    design: z.enum(DESIGNS),
    /** What a review or pooled analysis pools; decides whether it can earn level 1–2. */
    pools: z.enum(POOLS).optional(),
    n: z.number().int().positive().optional(),
    funding: z.enum(FUNDING),
    /** Where the curator read the source (an address of the abstract or full text). */
    readAt: z.url(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (!s.pmid && !s.doi && !s.url) issue("pmid", "a source needs a PMID, a DOI or an official URL");
    if (s.kind === "journal-article") {
      const hasIdentifier = Boolean(s.pmid || s.doi || s.pmcid);
      // Without any identifier, the article must at least be pinned to its publisher's (or authors' institution's)
      // own page, with a statement of where the identifiers were sought.
      const pinned = Boolean(s.noPmid && s.url && isCanonicalHost(hostOf(s.url)));
      if (!hasIdentifier && !pinned) issue("pmid", "a journal article needs its PMID, DOI or PMCID (or, when none can be seen, noPmid saying where you looked and its publisher's page as url)");
      else if (!s.pmid && !s.noPmid) issue("pmid", "a journal article needs its PMID (or noPmid: why, and where you looked)");
    }
    if (POOLING_DESIGNS.has(s.design) && !s.pools) issue("pools", `a ${s.design} says what it pools (randomised, mixed, non-randomised, uncontrolled)`);
    if (!POOLING_DESIGNS.has(s.design) && s.pools) issue("pools", "only reviews and pooled analyses pool studies");
    const host = hostOf(s.readAt);
    if (!isCanonicalHost(host)) issue("readAt", `readAt must be the source's canonical page (PubMed, PMC, doi.org/publisher, regulator, registry, institutional repository); "${host}" is not on the list in lib/dataset/read-at-hosts.ts`);
  });
const POOLING_DESIGNS = new Set<string>(["meta-analysis", "systematic-review", "pooled-analysis"]);

export const timepointSchema = z
  .object({
    label: text,
    hours: z.number().nonnegative(),
  })
  .strict();

/** A P value as printed: "0.02", ".003", "<0.001" — the number only; words go in the estimate's label. */
export const pValueSchema = z
  .string()
  .regex(/^(?:[<>=≤≥]\s?)?(?:0?\.\d+|0|1(?:\.0+)?)$/, 'a P value is the number as printed ("0.02", "<0.001"); put words such as "nominal" in the label');

// Free text must not carry a second estimate or a statistic: those belong in estimates/arms.
const STATISTIC_IN_TEXT = /(\d\s*%|\bp\s*[=<>≤]|\bCI\b|\bSE\b|\bSD\b|±|\bn\s*=\s*\d|\b\d+\s+of\s+\d+\b|\b[tF]\s*\(\d|β\s*=|\bd\s*=\s*-?\d|\bIC\s*=)/i;
const plain = (max: number) =>
  text
    .max(max, `at most ${max} characters`)
    .refine((t) => !STATISTIC_IN_TEXT.test(t), "holds a statistic or a second figure: put it in estimates or arms");

export const estimateSchema = z
  .object({
    measure: z.enum(MEASURES),
    value: z.number().optional(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
    /** Confidence level of the interval, when it is not 95%. */
    ciLevel: z.number().min(50).max(99.9).optional(),
    /** What this estimate is: "adjusted mean difference", "Cohen d", "84 mg vs placebo". */
    label: plain(120).optional(),
    unit: plain(60).optional(),
    p: pValueSchema.optional(),
    /** Participants behind this estimate. */
    n: z.number().int().positive().optional(),
    /** Studies pooled in this estimate. */
    k: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.value === undefined && r.ciLow === undefined) {
      ctx.addIssue({ code: "custom", message: "an estimate needs a value or a CI", path: ["value"] });
    }
    if ((r.ciLow === undefined) !== (r.ciHigh === undefined)) {
      ctx.addIssue({ code: "custom", message: "give both ends of the CI or neither", path: ["ciLow"] });
    }
    if (r.ciLow !== undefined && r.ciHigh !== undefined) {
      if (r.ciLow > r.ciHigh) {
        ctx.addIssue({ code: "custom", message: `CI low (${r.ciLow}) is above CI high (${r.ciHigh})`, path: ["ciLow"] });
      } else if (r.value !== undefined && (r.value < r.ciLow || r.value > r.ciHigh)) {
        ctx.addIssue({ code: "custom", message: `value ${r.value} lies outside its own CI (${r.ciLow} to ${r.ciHigh})`, path: ["value"] });
      }
    }
  });

const count = z.number().int().nonnegative();

export const armSchema = z
  .object({
    label: plain(120),
    role: z.enum(ARM_ROLES),
    drug: z.enum(DRUGS).optional(),
    comparatorType: z.enum(COMPARATOR_TYPES).optional(),
    route: z.enum(ROUTES).optional(),
    doseAsStudied: plain(160).optional(),
    nRandomised: z.number().int().positive().optional(),
    /** Participants analysed in this arm. */
    n: z.number().int().positive().optional(),
    events: count.optional(),
    percent: z.number().min(0).max(100).optional(),
    mean: z.number().optional(),
    sd: z.number().nonnegative().optional(),
    meanType: z.enum(["change", "endpoint"]).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.events !== undefined && a.n !== undefined && a.events > a.n) {
      ctx.addIssue({ code: "custom", message: `events (${a.events}) exceed the arm's n (${a.n})`, path: ["events"] });
    }
    if (a.mean !== undefined && !a.meanType) {
      ctx.addIssue({ code: "custom", message: "say whether the mean is a change from baseline or an endpoint (meanType)", path: ["meanType"] });
    }
  });

export const aeArmSchema = z
  .object({
    label: plain(120),
    role: z.enum(ARM_ROLES),
    events: count.optional(),
    total: z.number().int().positive().optional(),
    percent: z.number().min(0).max(100).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.events === undefined && a.percent === undefined) {
      ctx.addIssue({ code: "custom", message: "an adverse-effect arm needs events (with total) or a percent", path: ["events"] });
    }
    if (a.events !== undefined && a.total === undefined) {
      ctx.addIssue({ code: "custom", message: "events need the arm's total", path: ["total"] });
    }
    if (a.events !== undefined && a.total !== undefined && a.events > a.total) {
      ctx.addIssue({ code: "custom", message: `events (${a.events}) exceed total (${a.total})`, path: ["events"] });
    }
  });

export const adverseEffectSchema = z
  .object({
    name: z.enum(ADVERSE_EFFECTS),
    /** The source's own term, e.g. "dissociative symptoms (CADSS)". */
    label: text,
    term: z.enum(AE_TERMS),
    /** Incidence per arm as published (drug arm and comparator). */
    arms: z.array(aeArmSchema).min(1).optional(),
    /** When the source gives no incidence: where the curator looked. */
    notReported: text.optional(),
  })
  .strict()
  .superRefine((ae, ctx) => {
    if (!ae.arms && !ae.notReported) {
      ctx.addIssue({ code: "custom", message: "give the incidence per arm (arms), or say where you looked (notReported)", path: ["arms"] });
    }
  });

export const sourceGradeSchema = z
  .object({ system: z.enum(GRADE_SYSTEMS), rating: plain(60) })
  .strict()
  .superRefine((g, ctx) => {
    if (g.system === "GRADE" && !GRADE_RATINGS.includes(g.rating.toLowerCase())) {
      ctx.addIssue({ code: "custom", message: `a GRADE rating is one of ${GRADE_RATINGS.join(", ")}`, path: ["rating"] });
    }
  });
const GRADE_RATINGS = ["high", "moderate", "low", "very low"];

export const citationSchema = z.object({ source: slugSchema, locator: text }).strict();

export const claimSchema = z
  .object({
    id: slugSchema,
    statement: text.max(400, "a statement is one sentence (at most 400 characters)"),
    category: z.enum(CATEGORIES),
    subtypes: z.array(z.enum(SUBTYPES)),
    /** The fact applies to every subtype (shown under each). */
    allSubtypes: z.literal(true).optional(),
    routes: z.array(z.enum(ROUTES)),
    /** The fact spans every route (shown in every route column). */
    allRoutes: z.literal(true).optional(),
    /** The source does not say by which route (e.g. recreational use): shown in a "route not stated" column. */
    routeNotStated: z.literal(true).optional(),
    drugs: z.array(z.enum(DRUGS)),
    comparator: plain(200).optional(),
    comparison: z.enum(COMPARISONS).optional(),
    outcome: plain(200).optional(),
    /** The outcome in the synthesis vocabulary, when the claim reports one the synthesis can pool. */
    outcomeKey: z.enum(OUTCOME_KEYS).optional(),
    /** For a per-study row taken from a review's analysis table: the study as the review labels it ("Murrough 2013a"). */
    studyLabel: plain(80).optional(),
    /** For a per-study row whose trial also has its own source in the dataset: that source's id (one trial, one study in a synthesis). */
    studySource: slugSchema.optional(),
    /** The study's design for this row, when it is not the source's own (a crossover trial in a review's table). */
    studyDesign: z.enum(["parallel", "crossover"]).optional(),
    timepoint: timepointSchema.optional(),
    /** The date of a dated fact (an approval, a label change, a warning). */
    date: dateSchema.optional(),
    /** Participants behind the finding. */
    n: z.number().int().positive().optional(),
    /** Studies pooled. */
    k: z.number().int().positive().optional(),
    estimates: z.array(estimateSchema).min(1).optional(),
    arms: z.array(armSchema).min(1).optional(),
    adverseEffect: adverseEffectSchema.optional(),
    direction: z.enum(DIRECTIONS),
    level: z.number().int().min(1).max(5),
    levelReason: text.optional(),
    sourceGrade: sourceGradeSchema.optional(),
    certaintyDowngrades: z.array(z.object({ domain: z.enum(DOWNGRADE_DOMAINS), reason: text }).strict()).optional(),
    evidenceBase: z.enum(EVIDENCE_BASES).optional(),
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
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (c.category === "adverse-effect" && !c.adverseEffect) issue("adverseEffect", "an adverse-effect claim needs adverseEffect");
    if (c.outcomeKey && !c.timepoint) issue("timepoint", "a claim with an outcomeKey needs its timepoint (label and hours), so it can be pooled with others at the same time");
    if (c.category === "mechanism" && !c.evidenceBase) issue("evidenceBase", "a mechanism claim says its evidence base (human, animal or in-vitro)");
    if (c.direction.startsWith("favours-")) {
      if (!c.comparator) issue("direction", `"${c.direction}" needs a comparator; a change within one group is "within-group-change"`);
      if (c.comparison === "uncontrolled") issue("direction", `"${c.direction}" cannot rest on an uncontrolled comparison`);
    }
    if (c.allRoutes && c.routes.length > 0) issue("routes", "allRoutes replaces the route list: leave routes empty");
    if (c.routeNotStated && (c.routes.length > 0 || c.allRoutes)) issue("routeNotStated", "routeNotStated means no route is known: leave routes empty and allRoutes unset");
    if (c.allSubtypes && c.subtypes.length > 0) issue("subtypes", "allSubtypes replaces the subtype list: leave subtypes empty");
    if (ROUTED_CATEGORIES.has(c.category) && c.routes.length === 0 && !c.allRoutes && !c.routeNotStated) {
      issue("routes", `${c.category === "adverse-effect" ? "an" : "a"} ${c.category} claim names its routes, or says allRoutes when it truly spans them (routeNotStated when the source gives none)`);
    }
    if (SUBTYPED_CATEGORIES.has(c.category) && c.subtypes.length === 0 && !c.allSubtypes) {
      issue("subtypes", `${c.category === "adverse-effect" ? "an" : "a"} ${c.category} claim names its subtypes, or says allSubtypes when it truly applies to all`);
    }
    if (c.levelReason && SAMPLE_ONLY_REASON.test(c.levelReason) && !DESIGN_REASON.test(c.levelReason)) {
      issue("levelReason", "sample size alone does not lower a level: imprecision is part of certainty (docs/evidence-levels.md)");
    }
  });

/** Categories whose facts belong in route and subtype views, so an empty tag would hide them. */
const ROUTED_CATEGORIES = new Set<string>(["efficacy", "onset", "durability", "suicidality", "adverse-effect", "pharmacokinetics", "regulatory", "practice"]);
const SUBTYPED_CATEGORIES = new Set<string>(["efficacy", "onset", "durability", "suicidality", "adverse-effect", "regulatory", "practice"]);
const SAMPLE_ONLY_REASON = /(\bn\s*=|\bsmall\b|\bpilot\b|participants|volunteers|per arm|completers|sample)/i;
const DESIGN_REASON =
  /(open[- ]label|post hoc|subgroup|failed|missed|secondary|uncontrolled|no control|without (a )?(placebo|control)|not selected|exploratory|correlational|interim|halted|inconsisten|selective|stratum|pre-post|not a systematic|descriptive|non-randomi|indirect|qualitative|unblind|self-rated|self-reported|rapid review|case reports|retrospective|not a controlled|not powered)/i;

export const evidenceFileSchema = z
  .object({
    source: sourceSchema,
    claims: z.array(claimSchema),
  })
  .strict();

export type SourceInput = z.infer<typeof sourceSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
