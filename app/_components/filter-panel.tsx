"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { LEVEL_TEXT } from "../../lib/evidence-levels";
import { FILTER_LABELS } from "../../lib/labels";
import { LIST_FILTERS, type ListFilter } from "../../lib/schemas/claims-query-keys";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";

type Facet = ListFilter;

/**
 * Facet checkboxes. A plain GET form (works without JavaScript); with JavaScript each change
 * navigates at once to the canonical URL, so the URL stays the only state.
 */
export function FilterPanel({ query, facets }: { query: ClaimsQuery; facets: Record<Facet, Record<string, number>> }) {
  const router = useRouter();
  const searchParams = useSearchParams();

  function toggle(facet: Facet, value: string, checked: boolean) {
    const next = new URLSearchParams(searchParams.toString());
    const current = (next.get(facet) ?? "").split(",").filter(Boolean);
    const values = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    if (values.length) next.set(facet, values.join(","));
    else next.delete(facet);
    next.delete("page");
    router.push(`?${next.toString()}`, { scroll: false });
  }

  function search(text: string) {
    const next = new URLSearchParams(searchParams.toString());
    if (text.trim()) next.set("q", text.trim());
    else next.delete("q");
    next.delete("page");
    router.push(`?${next.toString()}`, { scroll: false });
  }

  return (
    <form
      method="get"
      className="no-print"
      aria-label="Filter the evidence"
      onSubmit={(e) => {
        e.preventDefault();
        search(String(new FormData(e.currentTarget).get("q") ?? ""));
      }}
    >
      <div className="toolbar">
        <label htmlFor="q">Search the statements</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} key={query.q ?? ""} maxLength={200} />
        <button type="submit">Search</button>
      </div>
      <div className="filters">
        {LIST_FILTERS.map((facet) => {
          const { legend, labels } = FILTER_LABELS[facet];
          const counts = facets[facet] ?? {};
          const selected = (query[facet] as (string | number)[]).map(String);
          const values = Object.keys(labels).filter((v) => counts[v] || selected.includes(v));
          return (
            <fieldset key={facet}>
              <legend>{legend}</legend>
              {values.length === 0 ? <span className="muted">none with these filters</span> : null}
              {values.map((value) => (
                <label key={value} title={facet === "level" ? LEVEL_TEXT[Number(value)]?.long : undefined}>
                  {/* Uncontrolled, so the box ticks at once; the key resets it when the URL changes. */}
                  <input
                    key={`${value}-${selected.includes(value)}`}
                    type="checkbox"
                    name={facet}
                    value={value}
                    defaultChecked={selected.includes(value)}
                    onChange={(e) => toggle(facet, value, e.currentTarget.checked)}
                  />{" "}
                  {labels[value]} <span className="muted">({counts[value] ?? 0})</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <noscript>
        <button type="submit">Apply filters</button>
      </noscript>
    </form>
  );
}
