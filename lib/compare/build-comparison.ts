import type { ClaimDto } from "../../server/claims/claim-dto";
import { formatResult } from "../claim-columns";
import { referencesOf, type Reference } from "../references";

// A comparison table: columns are groups of claims (a route, a subtype), rows are questions
// (efficacy, onset, …). Every cell is built from claims and links back to them.

export type CellClaim = {
  id: string;
  statement: string;
  level: number;
  levelReason: string | null;
  detail: string;
  source: string;
};
export type Cell = { claims: CellClaim[]; total: number; summary?: string };
export type ComparisonColumn = { id: string; label: string; match: (c: ClaimDto) => boolean };
export type RowSpec = {
  id: string;
  label: string;
  /** Picks and orders the claims of a column that answer this row. */
  pick?: (claims: ClaimDto[]) => ClaimDto[];
  /** What to show beside each claim (default: timepoint, result, incidence). */
  detail?: (c: ClaimDto) => string;
  /** A one-line summary computed from the column's claims instead of a list. */
  summarize?: (claims: ClaimDto[]) => string;
  limit?: number;
};
export type Comparison = {
  columns: { id: string; label: string; claims: number }[];
  rows: { id: string; label: string; cells: Record<string, Cell> }[];
  references: Reference[];
};

/** The figures behind a claim, in one line: timepoint, result, incidence. */
export function claimDetail(c: ClaimDto): string {
  return [c.timepoint?.label, formatResult(c.result), c.adverseEffect?.incidence].filter(Boolean).join(" · ");
}

function toCellClaim(c: ClaimDto, detail: (c: ClaimDto) => string = claimDetail): CellClaim {
  const s = c.sources[0];
  return {
    id: c.id,
    statement: c.statement,
    level: c.level,
    levelReason: c.levelReason,
    detail: detail(c),
    source: s ? `${s.firstAuthor} ${s.year}` : "",
  };
}

// Strongest first: best level, then the larger study, then the more recent; never by direction.
const byLevelThenRecent = (a: ClaimDto, b: ClaimDto) =>
  a.level - b.level ||
  (b.sources[0]?.n ?? 0) - (a.sources[0]?.n ?? 0) ||
  (b.sources[0]?.year ?? 0) - (a.sources[0]?.year ?? 0) ||
  a.id.localeCompare(b.id);

export const inCategory = (category: string) => (claims: ClaimDto[]) => claims.filter((c) => c.category === category).sort(byLevelThenRecent);

export const earliestFirst = (category: string) => (claims: ClaimDto[]) =>
  claims
    .filter((c) => c.category === category && c.timepoint?.hours !== null && c.timepoint !== null)
    .sort((a, b) => a.timepoint!.hours! - b.timepoint!.hours! || byLevelThenRecent(a, b));

export const longestFirst = (category: string) => (claims: ClaimDto[]) =>
  claims
    .filter((c) => c.category === category)
    .sort((a, b) => (b.timepoint?.hours ?? -1) - (a.timepoint?.hours ?? -1) || byLevelThenRecent(a, b));

export function evidenceSummary(claims: ClaimDto[]): string {
  if (claims.length === 0) return "No claims";
  const best = Math.min(...claims.map((c) => c.level));
  const sources = new Set(claims.flatMap((c) => c.sources.map((s) => s.id)));
  return `Best: Level ${best} · ${claims.length} claims from ${sources.size} sources`;
}

export function buildComparison(claims: ClaimDto[], columns: ComparisonColumn[], rows: RowSpec[]): Comparison {
  const byColumn = new Map(columns.map((col) => [col.id, claims.filter(col.match)]));
  const shown = new Map<string, ClaimDto>();
  const pick = (row: RowSpec, own: ClaimDto[]) => {
    const picked = row.pick ? row.pick(own) : own;
    picked.slice(0, row.limit ?? 3).forEach((c) => shown.set(c.id, c));
    return picked;
  };
  const table = {
    columns: columns.map((col) => ({ id: col.id, label: col.label, claims: byColumn.get(col.id)!.length })),
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: Object.fromEntries(
        columns.map((col) => {
          const own = byColumn.get(col.id)!;
          if (row.summarize) return [col.id, { claims: [], total: own.length, summary: row.summarize(own) }];
          const picked = pick(row, own);
          return [col.id, { claims: picked.slice(0, row.limit ?? 3).map((c) => toCellClaim(c, row.detail)), total: picked.length }];
        }),
      ),
    })),
  };
  return { ...table, references: referencesOf(shown.values()) };
}

// Designs that compare groups within one study; reviews, labels and guidelines juxtapose studies.
const PRIMARY_DESIGNS = new Set(["rct", "crossover-rct", "non-randomised-controlled", "cohort", "open-label", "pharmacokinetic"]);

/**
 * Primary studies whose claims cover two or more of the columns: the head-to-head (direct)
 * evidence. Everything else in a comparison is indirect — separate studies set side by side.
 */
export function headToHead(claims: ClaimDto[], columns: ComparisonColumn[]) {
  const bySource = new Map<string, { label: string; columns: Set<string> }>();
  for (const c of claims) {
    for (const col of columns) {
      if (!col.match(c)) continue;
      for (const s of c.sources.slice(0, 1).filter((s) => PRIMARY_DESIGNS.has(s.design))) {
        const entry = bySource.get(s.id) ?? { label: `${s.firstAuthor} ${s.year}`, columns: new Set<string>() };
        entry.columns.add(col.id);
        bySource.set(s.id, entry);
      }
    }
  }
  return [...bySource.entries()]
    .filter(([, v]) => v.columns.size >= 2)
    .map(([id, v]) => ({ sourceId: id, label: v.label, columns: columns.map((c) => c.id).filter((c) => v.columns.has(c)) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
