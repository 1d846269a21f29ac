import type { ClaimDto } from "../../server/claims/claim-dto";
import { claimFigures, claimHeadline } from "../claim-columns";
import { certaintyRank } from "../evidence-levels";
import { referencesOf, type Reference } from "../references";

// A comparison table: columns are groups of claims (a route, a subtype), rows are questions
// (efficacy, onset, …). Every cell is built from claims and links back to them.

export type CellClaim = {
  id: string;
  statement: string;
  level: number;
  levelReason: string | null;
  certainty: string | null;
  certaintyReasons: string[];
  sampleSize: number | null;
  detail: string;
  source: string;
  /** The primary source's id, for citation columns in exports. */
  sourceId: string;
};
export type Cell = { claims: CellClaim[]; total: number; summary?: string };

/**
 * What choosing a cell's claims reads — no statement, figures or full citation. A ClaimDto is one; the comparison
 * views load only these fields for every matching claim, and the full claims only for the few a cell shows.
 */
export type RankedClaim = Pick<
  ClaimDto,
  "id" | "category" | "subtypes" | "routes" | "drugs" | "comparison" | "certainty" | "sampleSize" | "level" | "timepoint" | "doseAsStudied" | "setting"
> & {
  adverseEffect: { term: string | null; percent: number | null } | null;
  sources: { id: string; year: number; design: string; label: string }[];
};

export type ComparisonColumn = { id: string; label: string; match: (c: RankedClaim) => boolean };
export type RowSpec = {
  id: string;
  label: string;
  /** Picks and orders the claims of a column that answer this row. */
  pick?: (claims: RankedClaim[]) => RankedClaim[];
  /** What to show beside each claim (default: timepoint, result, incidence). */
  detail?: (c: ClaimDto) => string;
  /** A one-line summary computed from the column's claims instead of a list. */
  summarize?: (claims: RankedClaim[]) => string;
  limit?: number;
};
/** A cell's key in maps beside a comparison (the table's "all claims" links): its column, then its row. */
export const cellKey = (columnId: string, rowId: string) => `${columnId}/${rowId}`;

export type Comparison = {
  columns: { id: string; label: string; claims: number }[];
  rows: { id: string; label: string; cells: Record<string, Cell> }[];
  references: Reference[];
};

/** The figures behind a claim, in one line: timepoint, result, incidence. */
export function claimDetail(c: ClaimDto): string {
  return [c.timepoint?.label, claimFigures(c), c.sampleSize ? `n = ${c.sampleSize}` : null].filter(Boolean).join(" · ");
}

function toCellClaim(c: ClaimDto, detail: (c: ClaimDto) => string = claimDetail): CellClaim {
  const s = c.sources[0];
  return {
    ...claimHeadline(c),
    sampleSize: c.sampleSize,
    detail: detail(c),
    source: s ? s.label : "",
    sourceId: s?.id ?? "",
  };
}

// "Best" first: highest certainty, then the largest sample, then the better design level, then the more
// recent; never by direction, and never by the level number alone (a Level 1 review of one small trial is
// not better evidence than a large randomised trial of moderate certainty). As a sort key (ascending), so that a
// view sorting tens of thousands of claims computes it once per claim, not once per comparison.
type SortKey = (number | string)[];
const bestKey = (c: RankedClaim): SortKey => [-certaintyRank(c.certainty), -(c.sampleSize ?? 0), c.level, -(c.sources[0]?.year ?? 0), c.id];

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/** A stable sort by a key computed once per item. */
export function orderBy<T>(items: readonly T[], key: (item: T) => SortKey): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((x) => x.item);
}

export const byCertaintyThenSample = (a: RankedClaim, b: RankedClaim) => compareKeys(bestKey(a), bestKey(b));

/**
 * The claims of a cell that answer its question, best first. Each study leads with its widest comparison (the
 * claim with the largest sample): a dose arm, subgroup or secondary analysis of the same study — a failed
 * 0.1 mg/kg arm beside the trial's main result — comes after every other study's lead, so it shows first only
 * when it is the only evidence. Effects against a comparator come before uncontrolled change and statements
 * without a comparison. Within each tier: highest certainty, then largest sample (`bestKey`). Direction never decides.
 */
export function bestAnswerFirst<C extends RankedClaim>(claims: C[]): C[] {
  const lead = new Map<string, C>();
  for (const c of orderBy(claims, (c) => [-(c.sampleSize ?? 0), ...bestKey(c)])) {
    const study = c.sources[0]?.id ?? c.id;
    if (!lead.has(study)) lead.set(study, c);
  }
  const leads = new Set(lead.values());
  const controlled = (c: RankedClaim) => c.comparison === "randomised" || c.comparison === "non-randomised";
  return orderBy(claims, (c) => [(leads.has(c) ? 0 : 2) + (controlled(c) ? 0 : 1), ...bestKey(c)]);
}

export const inCategory = (category: string) => (claims: RankedClaim[]) => bestAnswerFirst(claims.filter((c) => c.category === category));

export const earliestFirst = (category: string) => (claims: RankedClaim[]) =>
  orderBy(
    claims.filter((c) => c.category === category && c.timepoint !== null && c.timepoint.hours !== null),
    (c) => [c.timepoint!.hours!, ...bestKey(c)],
  );

/** The strongest evidence in a column, by certainty then sample size, in words: what a clinician reads first. */
export function evidenceSummary(claims: RankedClaim[]): string {
  if (claims.length === 0) return "No claims";
  const sources = new Set(claims.flatMap((c) => c.sources.map((s) => s.id)));
  const effects = claims.filter((c) => c.certainty !== null);
  const count = `${claims.length} claims from ${sources.size} sources`;
  if (effects.length === 0) return `No graded estimate of effect (level-5 evidence only) · ${count}`;
  const best = effects.reduce((a, b) => (byCertaintyThenSample(b, a) < 0 ? b : a));
  const certainty = { high: "High", moderate: "Moderate", low: "Low", "very-low": "Very low" }[best.certainty as string] ?? best.certainty;
  const s = best.sources[0];
  return `Highest certainty: ${certainty} (Level ${best.level}${best.sampleSize ? `, n = ${best.sampleSize}` : ""}${s ? `, ${s.label}` : ""}) · ${count}`;
}

/** Which claims each cell shows (ids, best first), how many answer it, or its summary: from ranking fields only. */
export type ComparisonSelection = {
  columns: Comparison["columns"];
  rows: { id: string; label: string; cells: Record<string, { ids: string[]; total: number; summary?: string }> }[];
};

export function selectComparison(claims: RankedClaim[], columns: ComparisonColumn[], rows: RowSpec[]): ComparisonSelection {
  const byColumn = new Map(columns.map((col) => [col.id, claims.filter(col.match)]));
  return {
    columns: columns.map((col) => ({ id: col.id, label: col.label, claims: byColumn.get(col.id)!.length })),
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: Object.fromEntries(
        columns.map((col) => {
          const own = byColumn.get(col.id)!;
          if (row.summarize) return [col.id, { ids: [], total: own.length, summary: row.summarize(own) }];
          const picked = row.pick ? row.pick(own) : own;
          return [col.id, { ids: picked.slice(0, row.limit ?? 3).map((c) => c.id), total: picked.length }];
        }),
      ),
    })),
  };
}

/** Every claim a selection shows: the ones whose full record the table needs. */
export const shownIds = (selection: ComparisonSelection) => [...new Set(selection.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.ids)))];

/** The table from a selection and the full claims it shows (`full` must hold every shown id). */
export function renderComparison(selection: ComparisonSelection, full: Map<string, ClaimDto>, rows: RowSpec[]): Comparison {
  const claim = (id: string) => {
    const c = full.get(id);
    if (!c) throw new Error(`renderComparison: claim ${id} was not loaded`);
    return c;
  };
  const detailOf = new Map(rows.map((r) => [r.id, r.detail]));
  return {
    columns: selection.columns,
    rows: selection.rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([col, cell]) => [
          col,
          cell.summary !== undefined ? { claims: [], total: cell.total, summary: cell.summary } : { claims: cell.ids.map((id) => toCellClaim(claim(id), detailOf.get(row.id))), total: cell.total },
        ]),
      ),
    })),
    references: referencesOf(shownIds(selection).map(claim)),
  };
}

/** Selection and rendering in one step, when the full claims are at hand. */
export function buildComparison(claims: ClaimDto[], columns: ComparisonColumn[], rows: RowSpec[]): Comparison {
  return renderComparison(selectComparison(claims, columns, rows), new Map(claims.map((c) => [c.id, c])), rows);
}

// Designs that compare groups within one study; reviews, labels and guidelines juxtapose studies.
const PRIMARY_DESIGNS = new Set(["rct", "crossover-rct", "non-randomised-controlled", "cohort", "open-label", "pharmacokinetic"]);

/**
 * Primary studies whose claims cover two or more of the columns: the head-to-head (direct)
 * evidence. Everything else in a comparison is indirect — separate studies set side by side.
 */
export function headToHead(claims: RankedClaim[], columns: ComparisonColumn[]) {
  const bySource = new Map<string, { label: string; columns: Set<string> }>();
  for (const c of claims) {
    for (const col of columns) {
      if (!col.match(c)) continue;
      for (const s of c.sources.slice(0, 1).filter((s) => PRIMARY_DESIGNS.has(s.design))) {
        const entry = bySource.get(s.id) ?? { label: s.label, columns: new Set<string>() };
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
