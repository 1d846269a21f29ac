import { ARM_LABEL } from "./compare/arms";
import { FILTER_LABELS } from "./labels";
import type { ListFilter } from "./schemas/claims-query";

// A view's state as URL parameters: the one place that turns it into a query string (for its API,
// exports and citations) and into words (for the screen and the printout).

export type ViewParams = Record<string, readonly (string | number)[] | string | undefined>;

function values(value: ViewParams[string]): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value.map(String);
}

/** Lists joined with commas; empty lists and unset values left out. */
export function toSearchParams(params: ViewParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const list = values(value);
    if (list.length) out.set(key, list.join(","));
  }
  return out;
}

/** "route: Intravenous, Oral; subtype: Bipolar depression" — labels, not codes. */
export function describeFilters(params: ViewParams): string {
  return Object.entries(params)
    .map(([key, value]) => {
      const list = values(value);
      if (!list.length) return "";
      const labels: Record<string, string> = key === "arm" ? ARM_LABEL : (FILTER_LABELS[key as ListFilter]?.labels ?? {});
      const name = key === "arm" ? "routes" : key === "by" ? "grouped by" : key;
      return `${name}: ${list.map((v) => labels[v] ?? v).join(", ")}`;
    })
    .filter(Boolean)
    .join("; ");
}
