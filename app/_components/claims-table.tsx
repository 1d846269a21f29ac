import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "../../components/data-table/data-table";
import { CertaintyBadge } from "../../components/ui/evidence-badge";
import { LevelBadge } from "../../components/ui/level-badge";
import { CLAIM_COLUMNS, type ClaimColumnId, type ClaimRow } from "../../lib/claim-columns";
import { CATEGORY_LABEL, DIRECTION_LABEL, DRUG_LABEL, ROUTE_LABEL, SUBTYPE_LABEL, labelOf } from "../../lib/labels";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { DEFAULT_SORT_KEY, type SortKey } from "../../lib/schemas/claims-query-keys";
import { ColumnPicker } from "./column-picker";

const SORTABLE: Partial<Record<ClaimColumnId, SortKey>> = {
  level: "level",
  certainty: "certainty",
  category: "category",
  timepoint: "timepoint",
  source: "citation",
};

const join = (values: string[], labels: Record<string, string>) => values.map((v) => labelOf(labels, v)).join(", ");

const COLUMN_DEFS: Record<ClaimColumnId, ColumnDef<ClaimRow>> = {
  level: {
    id: "level",
    header: "Level",
    cell: ({ row }) => <LevelBadge level={row.original.level} reason={row.original.levelReason} />,
  },
  certainty: {
    id: "certainty",
    header: "Certainty (GRADE)",
    cell: ({ row }) => <CertaintyBadge certainty={row.original.certainty} reasons={row.original.certaintyReasons} />,
  },
  statement: {
    id: "statement",
    header: "Finding",
    cell: ({ row }) => <a href={`/claims/${row.original.id}`}>{row.original.statement}</a>,
  },
  category: { id: "category", header: "Category", cell: ({ row }) => labelOf(CATEGORY_LABEL, row.original.category) },
  subtypes: { id: "subtypes", header: "Subtypes", cell: ({ row }) => join(row.original.subtypes, SUBTYPE_LABEL) },
  routes: { id: "routes", header: "Routes", cell: ({ row }) => join(row.original.routes, ROUTE_LABEL) },
  drugs: { id: "drugs", header: "Drugs", cell: ({ row }) => join(row.original.drugs, DRUG_LABEL) },
  result: {
    id: "result",
    header: "Result",
    cell: ({ row }) => row.original.figures,
  },
  n: { id: "n", header: "Participants", cell: ({ row }) => row.original.sampleSize ?? "" },
  timepoint: { id: "timepoint", header: "Timepoint", cell: ({ row }) => row.original.timepoint ?? "" },
  comparator: { id: "comparator", header: "Comparator", cell: ({ row }) => row.original.comparator ?? "" },
  direction: { id: "direction", header: "Direction", cell: ({ row }) => labelOf(DIRECTION_LABEL, row.original.direction) },
  dose: { id: "dose", header: "Dose as studied", cell: ({ row }) => row.original.doseAsStudied ?? "" },
  source: {
    id: "source",
    header: "Source",
    cell: ({ row }) => {
      const s = row.original.source;
      return s ? <a href={`/sources/${s.id}`}>{s.label}</a> : "";
    },
  },
};

export function ClaimsTable({
  claims,
  columns,
  sort,
  baseQuery,
}: {
  claims: ClaimRow[];
  columns: ClaimColumnId[];
  sort: ClaimsQuery["sort"];
  baseQuery: string;
}) {
  const visibility = Object.fromEntries(CLAIM_COLUMNS.map((c) => [c.id, columns.includes(c.id)]));

  function sortHref(key: SortKey) {
    const params = new URLSearchParams(baseQuery);
    const desc = sort.key === key && !sort.desc;
    if (key === DEFAULT_SORT_KEY && !desc) params.delete("sort");
    else params.set("sort", `${desc ? "-" : ""}${key}`);
    params.delete("page");
    return `?${params.toString()}`;
  }

  return (
    <>
      <ColumnPicker columns={columns} baseQuery={baseQuery} />
      <DataTable
        data={claims}
        columns={CLAIM_COLUMNS.map((c) => COLUMN_DEFS[c.id])}
        visibility={visibility}
        getRowId={(c) => c.id}
        ariaSort={(id) => (SORTABLE[id as ClaimColumnId] === sort.key ? (sort.desc ? "descending" : "ascending") : undefined)}
        caption="Claims, one finding each, with their evidence level and source. Select a finding for its full detail."
        renderHeader={(id, label) => {
          const key = SORTABLE[id as ClaimColumnId];
          if (!key) return label;
          const active = sort.key === key;
          return (
            <a href={sortHref(key)} aria-label={`Sort by ${String(id)}${active ? (sort.desc ? ", currently descending" : ", currently ascending") : ""}`}>
              {label} {active ? (sort.desc ? "▼" : "▲") : ""}
            </a>
          );
        }}
      />
    </>
  );
}
