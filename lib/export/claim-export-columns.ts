import type { ClaimDto } from "../../server/claims/claim-dto";
import { certaintyLabel } from "../../components/ui/evidence-badge";
import { CLAIM_COLUMNS, claimFigures, type ClaimColumnId } from "../claim-columns";
import { CATEGORY_LABEL, DIRECTION_LABEL, DRUG_LABEL, ROUTE_LABEL, SUBTYPE_LABEL, labelOf } from "../labels";

// What each explorer column holds in a file, plus the citation columns every export carries.
// Numbers stay numbers (typed cells in XLSX); text is plain text.

export type ExportColumn = { id: string; header: string; width: number; value: (c: ClaimDto) => string | number | null; link?: (c: ClaimDto) => string | null };

const list = (values: string[], labels: Record<string, string>) => values.map((v) => labelOf(labels, v)).join("; ");

const VIEW_COLUMNS: Record<ClaimColumnId, Omit<ExportColumn, "id" | "header">> = {
  level: { width: 8, value: (c) => c.level },
  certainty: { width: 12, value: (c) => certaintyLabel(c.certainty) },
  statement: { width: 70, value: (c) => c.statement },
  category: { width: 16, value: (c) => labelOf(CATEGORY_LABEL, c.category) },
  subtypes: { width: 24, value: (c) => list(c.subtypes, SUBTYPE_LABEL) },
  routes: { width: 16, value: (c) => list(c.routes, ROUTE_LABEL) },
  drugs: { width: 18, value: (c) => list(c.drugs, DRUG_LABEL) },
  result: { width: 50, value: (c) => claimFigures(c) },
  n: { width: 10, value: (c) => c.sampleSize },
  timepoint: { width: 16, value: (c) => c.timepoint?.label ?? "" },
  comparator: { width: 24, value: (c) => c.comparator ?? "" },
  direction: { width: 22, value: (c) => labelOf(DIRECTION_LABEL, c.direction) },
  dose: { width: 30, value: (c) => c.doseAsStudied ?? "" },
  source: { width: 22, value: (c) => (c.sources[0] ? c.sources[0].label : "") },
};

const pubmed = (c: ClaimDto) => (c.sources[0]?.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${c.sources[0].pmid}/` : null);
const doi = (c: ClaimDto) => (c.sources[0]?.doi ? `https://doi.org/${c.sources[0].doi}` : null);

export const CITATION_COLUMNS: ExportColumn[] = [
  { id: "claim_id", header: "Claim id", width: 30, value: (c) => c.id },
  { id: "level_reason", header: "Level lowered because", width: 24, value: (c) => c.levelReason ?? "" },
  { id: "certainty_basis", header: "Certainty from", width: 14, value: (c) => (c.certaintyBasis === "source-grade" ? "Source's GRADE" : c.certaintyBasis === "derived" ? "Derived (rule)" : "") },
  { id: "certainty_reasons", header: "Certainty reasons", width: 40, value: (c) => c.certaintyReasons.join("; ") },
  { id: "locator", header: "Where in the source", width: 20, value: (c) => c.sources[0]?.locator ?? "" },
  { id: "first_author", header: "First author", width: 16, value: (c) => c.sources[0]?.firstAuthor ?? "" },
  { id: "year", header: "Year", width: 6, value: (c) => c.sources[0]?.year ?? null },
  { id: "pmid", header: "PMID", width: 10, value: (c) => c.sources[0]?.pmid ?? "", link: pubmed },
  { id: "doi", header: "DOI", width: 28, value: (c) => c.sources[0]?.doi ?? "", link: doi },
  { id: "url", header: "URL", width: 40, value: (c) => pubmed(c) ?? doi(c) ?? c.sources[0]?.url ?? "", link: (c) => pubmed(c) ?? doi(c) ?? c.sources[0]?.url ?? null },
];

/** The view's visible columns in its order, then the citation columns. */
export function exportColumns(visible: readonly ClaimColumnId[]): ExportColumn[] {
  const view = CLAIM_COLUMNS.filter((c) => visible.includes(c.id)).map((c) => ({ id: c.id, header: c.header, ...VIEW_COLUMNS[c.id] }));
  return [...view, ...CITATION_COLUMNS];
}
