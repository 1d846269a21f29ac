// One vocabulary for the whole product: data files, database, URL filters and API all use these values.
// Extend a list here (and its label) to add a value; nothing else needs to change.

export const SUBTYPES = [
  "mdd",
  "trd",
  "bipolar-depression",
  "suicidal-ideation",
  "older-adults",
  "adolescents",
  "perinatal",
  "healthy-volunteers",
  // Not depression populations: people who use ketamine recreationally, and people given ketamine for other
  // conditions (pain, anaesthesia). Their harms are real evidence, but they must not fill a depression subtype.
  "recreational-use",
  "other-conditions",
] as const;

export const ROUTES = ["iv", "intranasal", "oral", "sublingual", "intramuscular", "subcutaneous"] as const;

export const DRUGS = [
  "racemic-ketamine",
  "esketamine",
  "arketamine",
  "hydroxynorketamine",
  "esmethadone",
  "rapastinel",
  "lanicemine",
  "other",
] as const;

export const CATEGORIES = [
  "efficacy",
  "onset",
  "durability",
  "suicidality",
  "adverse-effect",
  "pharmacokinetics",
  "mechanism",
  "regulatory",
  "practice",
  "future-direction",
  "background",
] as const;

/** `within-group-change`: a change from baseline without a comparator (a single arm); never "favours". */
/** Categories in the order a clinician asks about them: does it work, is it safe, how fast, … then background. */
export const RELEVANCE_ORDER = [
  "efficacy",
  "suicidality",
  "adverse-effect",
  "onset",
  "durability",
  "regulatory",
  "practice",
  "pharmacokinetics",
  "future-direction",
  "mechanism",
  "background",
] as const;

export const DIRECTIONS = ["favours-ketamine", "no-difference", "favours-comparator", "within-group-change", "not-applicable"] as const;

export const DESIGNS = [
  "meta-analysis",
  "systematic-review",
  "pooled-analysis",
  "rct",
  "crossover-rct",
  "non-randomised-controlled",
  "cohort",
  "open-label",
  "case-control",
  "case-series",
  "case-report",
  "cross-sectional",
  "pharmacovigilance",
  "pharmacokinetic",
  "epidemiological",
  "preclinical",
  "narrative-review",
  "guideline",
  "consensus",
  "label",
  "regulatory",
] as const;

export const FUNDING = ["industry", "public-academic", "mixed", "not-reported", "not-applicable"] as const;

/** What an estimate measures. A CI always sits in the object of its own estimate. */
export const MEASURES = [
  "rr",
  "or",
  "hr",
  "rd",
  "md",
  "smd",
  "nnt",
  "nnh",
  "percent",
  "mean",
  "mean-change",
  "median",
  "median-difference",
  "ror",
  "correlation",
  "beta",
  "test-statistic",
  "count",
  "other",
] as const;

/** What kind of publication a source is; journal articles must carry a PMID (or say why not) and a DOI where one exists. */
export const SOURCE_KINDS = ["journal-article", "report", "label", "regulatory-document", "guideline", "registry-record", "web-page"] as const;

/** What a review or pooled analysis pools: decides whether it can earn level 1–2. */
export const POOLS = ["randomised", "mixed", "non-randomised", "uncontrolled"] as const;

/** How the comparison in one claim was made (a claim can compare non-randomised arms of randomised trials). */
export const COMPARISONS = ["randomised", "non-randomised", "uncontrolled"] as const;

export const CERTAINTIES = ["high", "moderate", "low", "very-low"] as const;
export const CERTAINTY_BASES = ["source-grade", "derived"] as const;
export const DOWNGRADE_DOMAINS = ["risk-of-bias", "inconsistency", "indirectness", "imprecision", "publication-bias"] as const;
export const GRADE_SYSTEMS = ["GRADE", "CANMAT", "other"] as const;

export const EVIDENCE_BASES = ["human", "animal", "in-vitro"] as const;
export const ARM_ROLES = ["intervention", "comparator"] as const;
export const COMPARATOR_TYPES = ["inert-placebo", "active-placebo", "active-treatment", "usual-care", "none"] as const;

export const ADVERSE_EFFECTS = [
  "dissociation",
  "psychotomimetic",
  "blood-pressure",
  "heart-rate",
  "nausea",
  "vomiting",
  "dizziness",
  "vertigo",
  "sedation",
  "headache",
  "dysgeusia",
  "paraesthesia",
  "anxiety",
  "cognition",
  "urinary-tract",
  "hepatic",
  "abuse-misuse",
  "dependence",
  "suicidal-behaviour",
  "mania",
  "any-adverse-event",
  "serious-adverse-event",
  "discontinuation-due-to-ae",
  "other",
] as const;

export const AE_TERMS = ["short-term", "long-term"] as const;

/**
 * The outcome a claim measures, for synthesis: claims that share an outcome, a timepoint window and a comparison
 * can be pooled. Binary: response, remission, relapse, dropouts, dissociation, blood pressure (events/n per arm).
 * Continuous: depression and suicidal-ideation scores (mean, SD, n per arm; change or endpoint).
 */
export const OUTCOME_KEYS = [
  "response",
  "remission",
  "depression-score",
  "suicidal-ideation-score",
  "suicidal-ideation-resolution",
  "relapse",
  "dropout-ae",
  "dropout-any",
  "dissociation",
  "blood-pressure",
] as const;

export const LEVELS = [1, 2, 3, 4, 5] as const;

export type Subtype = (typeof SUBTYPES)[number];
export type Route = (typeof ROUTES)[number];
export type Drug = (typeof DRUGS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Design = (typeof DESIGNS)[number];
export type AdverseEffectName = (typeof ADVERSE_EFFECTS)[number];
export type Measure = (typeof MEASURES)[number];
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Funding = (typeof FUNDING)[number];
export type EvidenceBase = (typeof EVIDENCE_BASES)[number];
export type Pools = (typeof POOLS)[number];
export type Comparison = (typeof COMPARISONS)[number];
