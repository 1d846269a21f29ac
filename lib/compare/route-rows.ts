import { ARMS, claimInArm, type ArmId } from "./arms";
import { earliestFirst, evidenceSummary, inCategory, orderBy, type ComparisonColumn, type RankedClaim, type RowSpec } from "./build-comparison";

export function routeColumns(arms: ArmId[]): ComparisonColumn[] {
  return ARMS.filter((a) => arms.includes(a.id)).map((a) => ({ id: a.id, label: a.label, match: (c: RankedClaim) => claimInArm(c, a) }));
}

const withPercentFirst = (claims: RankedClaim[]) =>
  orderBy(
    claims.filter((c) => c.category === "adverse-effect" && c.adverseEffect?.term !== "long-term"),
    (c) => [-(c.adverseEffect?.percent ?? -1), c.level],
  );

export const ROUTE_ROWS: RowSpec[] = [
  { id: "efficacy", label: "Best efficacy evidence", pick: inCategory("efficacy") },
  { id: "onset", label: "Onset (earliest reported separation or improvement)", pick: earliestFirst("onset") },
  { id: "durability", label: "Durability, relapse and maintenance", pick: inCategory("durability") },
  {
    id: "dose",
    label: "Doses as studied (not recommendations)",
    pick: (cs) => cs.filter((c) => c.doseAsStudied).sort((a, b) => a.level - b.level),
    detail: (c) => `as studied: ${c.doseAsStudied}`,
    limit: 4,
  },
  { id: "pharmacokinetics", label: "Bioavailability and time to peak", pick: inCategory("pharmacokinetics") },
  { id: "adverse-effects", label: "Key short-term adverse effects (incidence)", pick: withPercentFirst, limit: 5 },
  { id: "setting", label: "Setting and monitoring", pick: (cs) => cs.filter((c) => c.setting).sort((a, b) => a.level - b.level), detail: (c) => c.setting ?? "" },
  { id: "regulatory", label: "Regulatory status", pick: inCategory("regulatory") },
  { id: "evidence", label: "Highest evidence level and number of sources", summarize: evidenceSummary },
];
