import { SUBTYPE_LABEL } from "../labels";
import type { Subtype } from "../schemas/vocabulary";
import { earliestFirst, evidenceSummary, inCategory, type ComparisonColumn, type RankedClaim, type RowSpec } from "./build-comparison";

export function subtypeColumns(subtypes: Subtype[]): ComparisonColumn[] {
  return subtypes.map((s) => ({ id: s, label: SUBTYPE_LABEL[s], match: (c: RankedClaim) => c.subtypes.includes(s) }));
}

export const SUBTYPE_ROWS: RowSpec[] = [
  { id: "efficacy", label: "Efficacy", pick: inCategory("efficacy") },
  { id: "onset", label: "Onset", pick: earliestFirst("onset") },
  { id: "durability", label: "Durability", pick: inCategory("durability") },
  { id: "suicidality", label: "Suicidality", pick: inCategory("suicidality") },
  { id: "evidence", label: "Evidence level and number of sources", summarize: evidenceSummary },
];
