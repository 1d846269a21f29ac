import type { ListFilter } from "./schemas/claims-query";
import type { Category, Design, Direction, Drug, EvidenceBase, Funding, Route, Subtype } from "./schemas/vocabulary";

// Human labels for the vocabularies, shared by views and exports.
export const SUBTYPE_LABEL: Record<Subtype, string> = {
  mdd: "Major depressive disorder",
  trd: "Treatment-resistant depression",
  "bipolar-depression": "Bipolar depression",
  "suicidal-ideation": "Depression with suicidal ideation",
  "older-adults": "Older adults",
  adolescents: "Adolescents",
  perinatal: "Perinatal depression",
  "healthy-volunteers": "Healthy volunteers (PK)",
  "recreational-use": "Recreational use (not a depression population)",
  "other-conditions": "Other conditions (pain, anaesthesia)",
};

export const ROUTE_LABEL: Record<Route, string> = {
  iv: "Intravenous",
  intranasal: "Intranasal",
  oral: "Oral",
  sublingual: "Sublingual",
  intramuscular: "Intramuscular",
  subcutaneous: "Subcutaneous",
};

export const DRUG_LABEL: Record<Drug, string> = {
  "racemic-ketamine": "Racemic ketamine",
  esketamine: "Esketamine",
  arketamine: "Arketamine",
  hydroxynorketamine: "(2R,6R)-hydroxynorketamine",
  esmethadone: "Esmethadone",
  rapastinel: "Rapastinel",
  lanicemine: "Lanicemine",
  other: "Other compound",
};

export const CATEGORY_LABEL: Record<Category, string> = {
  efficacy: "Efficacy",
  onset: "Onset",
  durability: "Durability",
  suicidality: "Suicidality",
  "adverse-effect": "Adverse effect",
  pharmacokinetics: "Pharmacokinetics",
  mechanism: "Mechanism",
  regulatory: "Regulatory",
  practice: "Practice",
  "future-direction": "Future direction",
  background: "Background",
};

export const DIRECTION_LABEL: Record<Direction, string> = {
  "favours-ketamine": "Favours ketamine/esketamine",
  "no-difference": "No difference",
  "favours-comparator": "Favours comparator",
  "within-group-change": "Change within one group (no comparator)",
  "not-applicable": "Not applicable",
};

export const CERTAINTY_FILTER_LABEL: Record<string, string> = {
  high: "High certainty",
  moderate: "Moderate certainty",
  low: "Low certainty",
  "very-low": "Very low certainty",
  "not-assessed": "Not assessed (level 5)",
};

export const FUNDING_LABEL: Record<Funding, string> = {
  industry: "Industry",
  "public-academic": "Public or academic",
  mixed: "Industry and public or academic",
  "not-reported": "Not reported",
  "not-applicable": "Not applicable",
};

export const EVIDENCE_BASE_LABEL: Record<EvidenceBase, string> = { human: "Human studies", animal: "Animal studies", "in-vitro": "In vitro" };

export const DESIGN_LABEL: Record<Design, string> = {
  "meta-analysis": "Meta-analysis",
  "systematic-review": "Systematic review",
  "pooled-analysis": "Pooled analysis of trials",
  rct: "Randomised trial",
  "crossover-rct": "Crossover randomised trial",
  "non-randomised-controlled": "Non-randomised controlled",
  cohort: "Cohort",
  "open-label": "Open-label",
  "case-control": "Case-control",
  "case-series": "Case series",
  "case-report": "Case report",
  "cross-sectional": "Cross-sectional",
  pharmacovigilance: "Pharmacovigilance",
  pharmacokinetic: "Pharmacokinetic study",
  epidemiological: "Epidemiological",
  preclinical: "Preclinical",
  "narrative-review": "Narrative review",
  guideline: "Guideline",
  consensus: "Consensus statement",
  label: "Drug label",
  regulatory: "Regulatory document",
};

export function labelOf(map: Record<string, string>, value: string): string {
  return map[value] ?? value;
}

export const LEVEL_LABEL: Record<string, string> = Object.fromEntries([1, 2, 3, 4, 5].map((l) => [String(l), `Level ${l}`]));

/** Each list filter's heading and value labels: the explorer's facets and its active-filter chips. */
export const FILTER_LABELS: Record<ListFilter, { legend: string; labels: Record<string, string> }> = {
  subtype: { legend: "Depression subtype", labels: SUBTYPE_LABEL },
  route: { legend: "Route", labels: ROUTE_LABEL },
  drug: { legend: "Drug", labels: DRUG_LABEL },
  category: { legend: "Category", labels: CATEGORY_LABEL },
  level: { legend: "Evidence level (design)", labels: LEVEL_LABEL },
  certainty: { legend: "Certainty (GRADE)", labels: CERTAINTY_FILTER_LABEL },
  direction: { legend: "Direction", labels: DIRECTION_LABEL },
  design: { legend: "Study design", labels: DESIGN_LABEL },
  base: { legend: "Evidence base (mechanism)", labels: EVIDENCE_BASE_LABEL },
};
