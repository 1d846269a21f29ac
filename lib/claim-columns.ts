// The explorer's columns, in order: one list shared by the table and the exports.
export const CLAIM_COLUMNS = [
  { id: "level", header: "Level", defaultVisible: true },
  { id: "statement", header: "Finding", defaultVisible: true },
  { id: "category", header: "Category", defaultVisible: true },
  { id: "subtypes", header: "Subtypes", defaultVisible: true },
  { id: "routes", header: "Routes", defaultVisible: true },
  { id: "drugs", header: "Drugs", defaultVisible: false },
  { id: "result", header: "Result", defaultVisible: true },
  { id: "timepoint", header: "Timepoint", defaultVisible: true },
  { id: "comparator", header: "Comparator", defaultVisible: false },
  { id: "direction", header: "Direction", defaultVisible: true },
  { id: "dose", header: "Dose as studied", defaultVisible: false },
  { id: "source", header: "Source", defaultVisible: true },
] as const;

export type ClaimColumnId = (typeof CLAIM_COLUMNS)[number]["id"];
export const CLAIM_COLUMN_IDS = CLAIM_COLUMNS.map((c) => c.id) as ClaimColumnId[];
export const DEFAULT_COLUMNS = CLAIM_COLUMNS.filter((c) => c.defaultVisible).map((c) => c.id) as ClaimColumnId[];

/** Parses the `cols` URL parameter; unknown ids are reported, not ignored. */
export function parseColumns(raw: string | undefined): { ok: true; columns: ClaimColumnId[] } | { ok: false; message: string } {
  if (!raw) return { ok: true, columns: DEFAULT_COLUMNS };
  const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
  const unknown = parts.filter((p) => !(CLAIM_COLUMN_IDS as string[]).includes(p));
  if (unknown.length) return { ok: false, message: `cols: unknown column ${unknown.join(", ")}; accepted: ${CLAIM_COLUMN_IDS.join(", ")}` };
  return { ok: true, columns: CLAIM_COLUMN_IDS.filter((id) => parts.includes(id)) };
}

const EFFECT_ABBREVIATION: Record<string, string> = {
  "mean-difference": "MD",
  "risk-difference": "RD",
  or: "OR",
  rr: "RR",
  hr: "HR",
  smd: "SMD",
  "mean-change": "Mean change",
  proportion: "",
  nnt: "NNT",
  correlation: "r",
  other: "",
};

/** A result as a clinician reads it: "OR 2.5 (95% CI 1.2 to 5.1); 30% vs 10%; p = 0.01". */
export function formatResult(r: {
  effectType: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  unit: string | null;
  intervention: string | null;
  control: string | null;
  p: string | null;
} | null): string {
  if (!r) return "";
  const parts: string[] = [];
  if (r.value !== null) {
    const name = EFFECT_ABBREVIATION[r.effectType] ?? r.effectType;
    let s = `${name ? `${name} ` : ""}${r.value}${r.unit ? ` ${r.unit}` : ""}`;
    if (r.ciLow !== null && r.ciHigh !== null) s += ` (95% CI ${r.ciLow} to ${r.ciHigh})`;
    parts.push(s);
  }
  if (r.intervention || r.control) parts.push(`${r.intervention ?? "–"} vs ${r.control ?? "–"}`);
  if (r.p) parts.push(/^p\b/i.test(r.p.trim()) ? r.p : `p ${/^[<>=≤≥]/.test(r.p.trim()) ? "" : "= "}${r.p}`);
  return parts.join("; ");
}
