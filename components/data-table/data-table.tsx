import { createTable, flexRender, getCoreRowModel, type ColumnDef, type VisibilityState } from "@tanstack/react-table";
import type { ReactNode } from "react";

/**
 * A generic, server-driven table: rows arrive already filtered, sorted and paged. Knows no domain
 * types. On narrow screens each row becomes a labelled card (the `data-label` of each cell).
 *
 * A server component: the table has no client state (sort, page and columns live in the URL), so it is rendered
 * with TanStack's framework-free `createTable` rather than the `useReactTable` hook. The phone then downloads
 * neither TanStack nor the rows as props, and runs no row model while it hydrates (decision record 0005).
 */
export function DataTable<T>({
  data,
  columns,
  visibility,
  caption,
  renderHeader,
  getRowId,
  ariaSort,
}: {
  data: T[];
  columns: ColumnDef<T>[];
  visibility: VisibilityState;
  caption: ReactNode;
  renderHeader?: (columnId: string, label: ReactNode) => ReactNode;
  /** How the (server-side) order uses each column, for screen readers. */
  ariaSort?: (columnId: string) => "ascending" | "descending" | undefined;
  getRowId: (row: T) => string;
}) {
  const table = createTable<T>({
    data,
    columns,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getRowId,
    manualSorting: true,
    manualPagination: true,
  });
  // The same two steps as useReactTable: every feature's initial state, then ours on top.
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, columnVisibility: visibility } }));
  return (
    <table className="data cards">
      <caption className="muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th key={header.id} scope="col" aria-sort={ariaSort?.(header.column.id)}>
                  {renderHeader ? renderHeader(header.column.id, label) : label}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-row-id={row.id}>
            {row.getVisibleCells().map((cell) => (
              // The column id is unique within a row; TanStack's cell id repeats the (long) row id in every key.
              <td key={cell.column.id} data-label={String(cell.column.columnDef.header ?? cell.column.id)} data-col={cell.column.id}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
