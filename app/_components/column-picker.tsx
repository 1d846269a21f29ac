"use client";

import { useRouter } from "next/navigation";
import { CLAIM_COLUMNS, DEFAULT_COLUMNS, type ClaimColumnId } from "../../lib/claim-columns";

/** The explorer's "Columns" picker: the one client-side part of the table; the choice lives in the URL (`cols`). */
export function ColumnPicker({ columns, baseQuery }: { columns: ClaimColumnId[]; baseQuery: string }) {
  const router = useRouter();

  function setColumns(next: ClaimColumnId[]) {
    const params = new URLSearchParams(baseQuery);
    const same = next.length === DEFAULT_COLUMNS.length && next.every((c) => DEFAULT_COLUMNS.includes(c));
    if (same) params.delete("cols");
    else params.set("cols", CLAIM_COLUMNS.map((c) => c.id).filter((id) => next.includes(id)).join(","));
    router.push(`?${params.toString()}`, { scroll: false });
  }

  return (
    <details className="no-print">
      <summary>Columns</summary>
      <div className="toolbar" role="group" aria-label="Visible columns">
        {CLAIM_COLUMNS.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={columns.includes(c.id)}
              disabled={c.id === "statement"}
              onChange={(e) => setColumns(e.currentTarget.checked ? [...columns, c.id] : columns.filter((x) => x !== c.id))}
            />{" "}
            {c.header}
          </label>
        ))}
      </div>
    </details>
  );
}
