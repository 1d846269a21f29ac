import type { ClaimDto } from "../server/claims/claim-dto";
import { formatArmFigure, formatArms, formatEstimates, type ArmLike, type EstimateLike } from "./format/estimates";

// The explorer's columns, in order: one list shared by the table and the exports.
export const CLAIM_COLUMNS = [
  { id: "level", header: "Level", defaultVisible: true },
  { id: "certainty", header: "Certainty (GRADE)", defaultVisible: true },
  { id: "statement", header: "Finding", defaultVisible: true },
  { id: "category", header: "Category", defaultVisible: true },
  { id: "subtypes", header: "Subtypes", defaultVisible: true },
  { id: "routes", header: "Routes", defaultVisible: true },
  { id: "drugs", header: "Drugs", defaultVisible: false },
  { id: "result", header: "Result", defaultVisible: true },
  { id: "n", header: "Participants", defaultVisible: false },
  { id: "timepoint", header: "Timepoint", defaultVisible: true },
  { id: "comparator", header: "Comparator", defaultVisible: false },
  { id: "direction", header: "Direction", defaultVisible: true },
  { id: "dose", header: "Dose as studied", defaultVisible: false },
  { id: "source", header: "Source", defaultVisible: true },
] as const;

export type ClaimColumnId = (typeof CLAIM_COLUMNS)[number]["id"];
export const CLAIM_COLUMN_IDS = CLAIM_COLUMNS.map((c) => c.id) as ClaimColumnId[];
export const DEFAULT_COLUMNS = CLAIM_COLUMNS.filter((c) => c.defaultVisible).map((c) => c.id) as ClaimColumnId[];

/**
 * Parses the `cols` URL parameter; unknown ids are reported, not ignored. A link carries one comma-separated value;
 * the explorer's Columns form without JavaScript sends one value per ticked box: both mean the same.
 */
export function parseColumns(raw: string | readonly string[] | undefined): { ok: true; columns: ClaimColumnId[] } | { ok: false; message: string } {
  const joined = typeof raw === "string" ? raw : (raw ?? []).join(",");
  if (!joined) return { ok: true, columns: DEFAULT_COLUMNS };
  const parts = joined.split(",").map((p) => p.trim()).filter(Boolean);
  const unknown = parts.filter((p) => !(CLAIM_COLUMN_IDS as string[]).includes(p));
  if (unknown.length) return { ok: false, message: `cols: unknown column ${unknown.join(", ")}; accepted: ${CLAIM_COLUMN_IDS.join(", ")}` };
  return { ok: true, columns: CLAIM_COLUMN_IDS.filter((id) => parts.includes(id)) };
}

/**
 * A claim's figures as a clinician reads them, from the structure: each estimate with its own CI, then the
 * arm-level figures, then the incidence per arm of a harm. "MD −3.16 MADRS points (95% CI −8.54 to 2.22); P = .25".
 */
export function claimFigures(c: {
  estimates: readonly EstimateLike[];
  arms: readonly ArmLike[];
  adverseEffect: { arms: readonly ArmLike[]; notReported: string | null } | null;
}): string {
  const parts = [formatEstimates(c.estimates)];
  if (c.arms.some((a) => formatArmFigure(a))) parts.push(formatArms(c.arms));
  if (c.adverseEffect?.arms.length) parts.push(formatArms(c.adverseEffect.arms));
  else if (c.adverseEffect) parts.push("no incidence reported");
  return parts.filter(Boolean).join(" · ");
}

/** What every compact view of a claim shows: its finding and the fields of its evidence badge. */
export function claimHeadline(c: ClaimDto) {
  return { id: c.id, statement: c.statement, level: c.level, levelReason: c.levelReason, certainty: c.certainty, certaintyReasons: c.certaintyReasons };
}

/**
 * The explorer table's share of a claim: what its columns show and nothing more, because the page sends it to the
 * browser. Whole claims made 82 kB of the explorer's 110 kB flight payload (sources, arms, history), parsed on a
 * phone before the table could hydrate. The claim page and the exports read the whole claim.
 */
export function toClaimRow(c: ClaimDto) {
  const source = c.sources[0];
  return {
    ...claimHeadline(c),
    category: c.category,
    subtypes: c.subtypes,
    routes: c.routes,
    drugs: c.drugs,
    figures: claimFigures(c),
    sampleSize: c.sampleSize,
    timepoint: c.timepoint?.label ?? null,
    comparator: c.comparator,
    direction: c.direction,
    doseAsStudied: c.doseAsStudied,
    source: source ? { id: source.id, label: source.label } : null,
  };
}

export type ClaimRow = ReturnType<typeof toClaimRow>;
