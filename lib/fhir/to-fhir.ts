import type { R5 } from "@smile-cdr/fhirts";
import type { ClaimDto } from "../../server/claims/claim-dto";
import { formatEstimate } from "../format/estimates";
import { sourceUrl } from "../references";
import { fhirId } from "./fhir-id";
import { DRUG_LABEL, ROUTE_LABEL, SUBTYPE_LABEL, labelOf } from "../labels";
import type { Measure } from "../schemas/vocabulary";
import {
  ATTRIBUTE_ESTIMATE_SYSTEM,
  CERTAINTY_RATING_SYSTEM,
  CERTAINTY_TYPE_SYSTEM,
  CERTAINTY_TYPES,
  CONFIDENCE_INTERVAL,
  DOI_SYSTEM,
  P_VALUE,
  PMC_SYSTEM,
  PUBMED_SYSTEM,
  STATISTIC_TYPE,
  STATISTIC_TYPE_SYSTEM,
  VARIABLE_ROLE_SYSTEM,
} from "./codes";

// Claims and sources as HL7 FHIR R5 resources (EBM-on-FHIR): one Evidence per claim, one Citation per source.
// Types from @smile-cdr/fhirts (R5); the tests validate the output against the official R5 JSON schema. That type
// package leaves out markdown-typed elements (Annotation.text, Citation.citedArtifact.title.text), hence the
// `as unknown as` on the two resources: the schema test is what checks them.

type Evidence = R5.Evidence;
type Citation = R5.Citation;
type CitedSource = ClaimDto["sources"][number];
export type CitationSource = Omit<CitedSource, "locator"> & { authors?: string[] };

export const FHIR_CONTENT_TYPE = "application/fhir+json; charset=utf-8";

const role = (code: string) => ({ coding: [{ system: VARIABLE_ROLE_SYSTEM, code }] });
const list = (values: string[], labels: Record<string, string>) => values.map((v) => labelOf(labels, v)).join(", ");

function statistic(e: ClaimDto["estimates"][number], sampleSize: number | null): R5.EvidenceStatistic {
  const type = STATISTIC_TYPE[e.measure as Measure];
  const estimates: R5.EvidenceStatisticAttributeEstimate[] = [];
  if (e.ciLow !== null && e.ciHigh !== null) {
    estimates.push({
      description: `${e.ciLevel}% confidence interval`,
      type: { coding: [{ system: ATTRIBUTE_ESTIMATE_SYSTEM, ...CONFIDENCE_INTERVAL }] },
      level: e.ciLevel / 100,
      range: { low: { value: e.ciLow }, high: { value: e.ciHigh } },
    });
  }
  if (e.p) {
    const value = Number(e.p.replace(/^[<>=≤≥]\s?/, ""));
    estimates.push({
      description: `P ${/^[<>=≤≥]/.test(e.p) ? e.p : `= ${e.p}`}`,
      type: { coding: [{ system: ATTRIBUTE_ESTIMATE_SYSTEM, ...P_VALUE }] },
      ...(Number.isFinite(value) ? { quantity: { value, ...(/^[<>≤≥]/.test(e.p) ? { comparator: e.p[0] === "<" || e.p[0] === "≤" ? "<" : ">" } : {}) } } : {}),
    } as R5.EvidenceStatisticAttributeEstimate);
  }
  const n = e.n ?? sampleSize;
  return {
    description: formatEstimate(e),
    statisticType: type ? { coding: [{ system: STATISTIC_TYPE_SYSTEM, code: type.code, display: type.display }] } : { text: e.measure },
    ...(e.value !== null ? { quantity: { value: e.value, ...(e.unit ? { unit: e.unit } : {}) } } : {}),
    ...(n ? { sampleSize: { numberOfParticipants: n, ...(e.k ? { numberOfStudies: e.k } : {}) } } : {}),
    ...(estimates.length ? { attributeEstimate: estimates } : {}),
  } as R5.EvidenceStatistic;
}

export function toFhirEvidence(c: ClaimDto, origin: string): Evidence {
  const primary = c.sources[0];
  const variables: R5.EvidenceVariableDefinition[] = [
    { description: c.allSubtypes ? "All populations" : list(c.subtypes, SUBTYPE_LABEL) || "Not stated", variableRole: role("population") },
    { description: `${list(c.drugs, DRUG_LABEL) || "Ketamine or a related compound (not specified)"}${c.routes.length ? ` (${c.allRoutes ? "all routes" : list(c.routes, ROUTE_LABEL)})` : ""}${c.doseAsStudied ? `; as studied: ${c.doseAsStudied}` : ""}`, variableRole: role("exposure") },
  ];
  if (c.comparator) variables.push({ description: c.comparator, variableRole: role("referenceExposure") });
  const measured = c.outcome ?? c.adverseEffect?.label;
  if (measured) variables.push({ description: measured, variableRole: role("measuredVariable") });
  const statistics = c.estimates.map((e) => statistic(e, c.sampleSize));
  for (const a of c.adverseEffect?.arms ?? []) {
    statistics.push({
      description: `${c.adverseEffect!.label}: ${a.label}`,
      statisticType: { coding: [{ system: STATISTIC_TYPE_SYSTEM, code: "C16726", display: "Incidence" }] },
      ...(a.percent !== null ? { quantity: { value: a.percent, unit: "%" } } : {}),
      ...(a.events !== null ? { numberOfEvents: a.events } : {}),
      ...(a.total !== null ? { sampleSize: { numberOfParticipants: a.total } } : {}),
    } as R5.EvidenceStatistic);
  }
  const certainty: R5.EvidenceCertainty[] = c.certainty
    ? [
        {
          description: c.certaintyBasis === "source-grade" ? "Certainty as rated by the source (GRADE)" : "Certainty derived by the app's documented rule",
          type: { coding: [{ system: CERTAINTY_TYPE_SYSTEM, code: CERTAINTY_TYPES.overall }] },
          rating: { coding: [{ system: CERTAINTY_RATING_SYSTEM, code: c.certainty }] },
          ...(c.certaintyReasons.length ? { note: c.certaintyReasons.map((text) => ({ text })) } : {}),
        } as R5.EvidenceCertainty,
      ]
    : [];
  return {
    resourceType: "Evidence",
    id: fhirId(c.id),
    url: `${origin}/claims/${c.id}`,
    identifier: [{ system: `${origin}/claims`, value: c.id }],
    status: "active",
    title: c.statement.slice(0, 200),
    description: c.statement,
    lastReviewDate: c.lastReviewed,
    ...(primary ? { citeAsReference: { reference: `Citation/${fhirId(primary.id)}`, display: primary.label } } : {}),
    relatedArtifact: c.sources.map((s) => ({ type: "cite-as", display: `${s.label} (${s.locator})`, resourceReference: { reference: `Citation/${fhirId(s.id)}` } })) as R5.RelatedArtifact[],
    variableDefinition: variables,
    ...(statistics.length ? { statistic: statistics } : {}),
    ...(certainty.length ? { certainty } : {}),
    note: [{ text: `Design level ${c.level}${c.levelReason ? ` (lowered: ${c.levelReason})` : ""}; direction: ${c.direction}. Evidence summary for clinicians, not medical advice.` }],
  } as unknown as Evidence;
}

export function toFhirCitation(s: CitationSource, origin: string): Citation {
  const identifier: R5.Identifier[] = [];
  if (s.pmid) identifier.push({ system: PUBMED_SYSTEM, value: s.pmid });
  if (s.doi) identifier.push({ system: DOI_SYSTEM, value: s.doi });
  if (s.pmcid) identifier.push({ system: PMC_SYSTEM, value: s.pmcid });
  const web = sourceUrl(s);
  return {
    resourceType: "Citation",
    id: fhirId(s.id),
    url: `${origin}/sources/${s.id}`,
    status: "active",
    title: s.title,
    citedArtifact: {
      ...(identifier.length ? { identifier } : {}),
      title: [{ text: s.title }],
      publicationForm: [
        {
          publishedIn: { title: s.journal },
          ...(s.volume ? { volume: s.volume } : {}),
          ...(s.issue ? { issue: s.issue } : {}),
          ...(s.pages ? { pageString: s.pages } : {}),
          publicationDateText: String(s.year),
        },
      ],
      ...(web ? { webLocation: [{ url: web }] } : {}),
      contributorship: { entry: (s.authors ?? [s.firstAuthor]).map((name) => ({ contributor: { display: name } })) },
    },
  } as unknown as Citation;
}

export function operationOutcome(code: "invalid" | "not-found" | "exception" | "transient", text: string) {
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics: text }] };
}
