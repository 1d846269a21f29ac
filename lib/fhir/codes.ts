// FHIR R5 codes the app emits, copied from the official packages (hl7.terminology.r5 7.0.1 and hl7.fhir.r5.core
// 5.0.0, both devDependencies); lib/fhir/codes.test.ts checks each against the package's CodeSystem.
import type { Measure } from "../schemas/vocabulary";

export const STATISTIC_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/statistic-type";
export const ATTRIBUTE_ESTIMATE_SYSTEM = "http://terminology.hl7.org/CodeSystem/attribute-estimate-type";
export const VARIABLE_ROLE_SYSTEM = "http://terminology.hl7.org/CodeSystem/variable-role";
export const CERTAINTY_RATING_SYSTEM = "http://hl7.org/fhir/certainty-rating";
export const CERTAINTY_TYPE_SYSTEM = "http://hl7.org/fhir/certainty-type";
export const PUBMED_SYSTEM = "https://pubmed.ncbi.nlm.nih.gov";
export const DOI_SYSTEM = "https://doi.org";
export const PMC_SYSTEM = "https://www.ncbi.nlm.nih.gov/pmc";

/** Our measures → statistic-type codes (a measure without an exact code is sent as text only). */
export const STATISTIC_TYPE: Partial<Record<Measure, { code: string; display: string }>> = {
  rr: { code: "C93152", display: "Relative Risk" },
  or: { code: "C16932", display: "Odds Ratio" },
  hr: { code: "C93150", display: "Hazard Ratio" },
  rd: { code: "0000424", display: "Risk Difference" },
  md: { code: "0000457", display: "Mean Difference" },
  smd: { code: "0000100", display: "Standardized Mean Difference" },
  percent: { code: "C44256", display: "Proportion" },
  mean: { code: "C53319", display: "Mean" },
  median: { code: "C28007", display: "Median" },
  "median-difference": { code: "absolute-MedianDiff", display: "Absolute Median Difference" },
  count: { code: "C25463", display: "Count" },
  beta: { code: "0000565", display: "Regression Coefficient" },
};

export const CONFIDENCE_INTERVAL = { code: "C53324", display: "Confidence interval" };
export const P_VALUE = { code: "C44185", display: "P-value" };

export const VARIABLE_ROLES = ["population", "exposure", "referenceExposure", "measuredVariable"] as const;
export const CERTAINTY_RATINGS = ["high", "moderate", "low", "very-low"] as const;
export const CERTAINTY_TYPES = { overall: "Overall", "risk-of-bias": "RiskOfBias", inconsistency: "Inconsistency", indirectness: "Indirectness", imprecision: "Imprecision", "publication-bias": "PublicationBias" } as const;
