import { num } from "../format/estimates";

const ABBREV: Record<string, string> = { rr: "RR", or: "OR", rd: "RD", md: "MD", smd: "SMD" };

export const measureAbbrev = (m: string) => ABBREV[m] ?? m.toUpperCase();

/** Two decimals (three below 0.1), true minus sign: numbers are rounded for display only, never in the API. */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  const digits = Math.abs(x) < 0.1 && x !== 0 ? 3 : 2;
  return num(Number(x.toFixed(digits)));
}
