import { FILTER_LABELS } from "../../lib/labels";
import { LIST_FILTERS, serializeClaimsQuery, type ClaimsQuery } from "../../lib/schemas/claims-query";

/** Every active filter as a chip that removes it, plus one link that clears them all. */
export function ActiveFilters({ query, extra }: { query: ClaimsQuery; extra: Record<string, string> }) {
  const chips: { key: string; label: string; href: string }[] = [];
  const href = (q: ClaimsQuery) => {
    const p = serializeClaimsQuery({ ...q, page: 1 });
    Object.entries(extra).forEach(([k, v]) => p.set(k, v));
    return `?${p.toString()}`;
  };
  for (const facet of LIST_FILTERS) {
    for (const value of query[facet] as (string | number)[]) {
      const label = FILTER_LABELS[facet].labels[String(value)] ?? String(value);
      const rest = (query[facet] as (string | number)[]).filter((v) => v !== value);
      chips.push({ key: `${facet}-${value}`, label, href: href({ ...query, [facet]: rest } as ClaimsQuery) });
    }
  }
  if (query.q) chips.push({ key: "q", label: `Text: “${query.q}”`, href: href({ ...query, q: undefined }) });
  if (query.source) chips.push({ key: "source", label: `Source: ${query.source}`, href: href({ ...query, source: undefined }) });
  if (chips.length === 0) return <p className="muted">No filters: showing all evidence.</p>;
  return (
    <div className="chips" aria-label="Active filters" data-testid="active-filters">
      <span>Active filters:</span>
      {chips.map((c) => (
        <a key={c.key} className="chip" href={c.href} aria-label={`Remove filter ${c.label}`}>
          {c.label} ✕
        </a>
      ))}
      <a className="button" href={Object.keys(extra).length ? `?${new URLSearchParams(extra)}` : "/"} data-testid="clear-filters">
        Clear all filters
      </a>
    </div>
  );
}
