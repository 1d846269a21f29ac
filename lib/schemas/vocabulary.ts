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

export const DIRECTIONS = ["favours-ketamine", "no-difference", "favours-comparator", "not-applicable"] as const;

export const DESIGNS = [
  "meta-analysis",
  "systematic-review",
  "rct",
  "crossover-rct",
  "non-randomised-controlled",
  "cohort",
  "open-label",
  "case-control",
  "case-series",
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

export const EFFECT_TYPES = [
  "mean-difference",
  "risk-difference",
  "or",
  "rr",
  "hr",
  "smd",
  "mean-change",
  "proportion",
  "nnt",
  "correlation",
  "other",
] as const;

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

export const LEVELS = [1, 2, 3, 4, 5] as const;

export type Subtype = (typeof SUBTYPES)[number];
export type Route = (typeof ROUTES)[number];
export type Drug = (typeof DRUGS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Design = (typeof DESIGNS)[number];
export type AdverseEffectName = (typeof ADVERSE_EFFECTS)[number];
