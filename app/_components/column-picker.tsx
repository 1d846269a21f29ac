"use client";

import { useRouter } from "next/navigation";
import { CLAIM_COLUMNS, DEFAULT_COLUMNS, type ClaimColumnId } from "../../lib/claim-columns";

/**
 * The explorer's "Columns" picker: the one client-side part of the table; the choice lives in the URL (`cols`).
 * A plain GET form underneath: without JavaScript, "Apply columns" sends one `cols` per ticked box with the view's
 * other parameters; with it, each tick navigates at once.
 */
export function ColumnPicker({ columns, baseQuery }: { columns: ClaimColumnId[]; baseQuery: string }) {
  const router = useRouter();
  const kept = [...new URLSearchParams(baseQuery)].filter(([key]) => key !== "cols");

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
      <form method="get">
        {kept.map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        {/* The finding is always shown; a disabled box is not submitted, so it travels as a hidden field. */}
        <input type="hidden" name="cols" value="statement" />
        <div className="toolbar" role="group" aria-label="Visible columns">
          {CLAIM_COLUMNS.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                name={c.id === "statement" ? undefined : "cols"}
                value={c.id}
                checked={columns.includes(c.id)}
                disabled={c.id === "statement"}
                onChange={(e) => setColumns(e.currentTarget.checked ? [...columns, c.id] : columns.filter((x) => x !== c.id))}
              />{" "}
              {c.header}
            </label>
          ))}
          <noscript>
            <button type="submit">Apply columns</button>
          </noscript>
        </div>
      </form>
    </details>
  );
}
