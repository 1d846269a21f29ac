import type { ReactNode } from "react";

/**
 * The explorer's filters. On a wide screen they are a side panel beside the results (always open, by CSS); on a
 * phone they fold behind one "Filters (n)" button so the results come first. A native <details>, so it opens and
 * closes with or without JavaScript, from the keyboard, and announces its state to screen readers.
 */
export function FilterDrawer({ active, children }: { active: number; children: ReactNode }) {
  return (
    <details className="filter-drawer no-print" data-testid="filter-drawer">
      <summary>
        Filters{active > 0 ? ` (${active})` : ""}
      </summary>
      {children}
    </details>
  );
}
