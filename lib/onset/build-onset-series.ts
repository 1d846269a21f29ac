import type { ClaimDto } from "../../server/claims/claim-dto";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../labels";
import { referencesOf, type Reference } from "../references";
import { ROUTES, SUBTYPES } from "../schemas/vocabulary";

export type OnsetPoint = {
  claimId: string;
  group: string;
  kind: "onset" | "durability" | "suicidality";
  hours: number;
  timepoint: string;
  statement: string;
  level: number;
  certainty: string | null;
  source: string;
  sourceId: string;
};

const PLOTTED = new Set(["onset", "durability", "suicidality"]);
const CERTAINTY_ORDER: Record<string, number> = { high: 0, moderate: 1, low: 2, "very-low": 3 };

/** Marks per group and kind: beyond this a chart is a smear; the best-evidenced are kept and the rest counted. */
export const MARKS_PER_GROUP = 20;

/**
 * One mark per (claim, group): onset claims mark when an effect was first significant, durability
 * claims how long it lasted, suicidality claims the time at which an effect on suicidal ideation was measured
 * (whatever its direction). Claims without a timepoint in hours cannot be placed and are left out.
 */
export function buildOnsetSeries(
  claims: ClaimDto[],
  by: "route" | "subtype",
  only: string[] = [],
): { groups: string[]; points: OnsetPoint[]; omitted: number; references: Reference[] } {
  const order: readonly string[] = by === "route" ? ROUTES : SUBTYPES;
  const labels: Record<string, string> = by === "route" ? ROUTE_LABEL : SUBTYPE_LABEL;
  const points: OnsetPoint[] = [];
  const placed = new Map<string, ClaimDto>();
  for (const c of claims) {
    if (!PLOTTED.has(c.category) || c.timepoint?.hours === null || c.timepoint === null) continue;
    const keys = by === "route" ? c.routes : c.subtypes;
    for (const key of keys) {
      if (only.length && !only.includes(key)) continue;
      placed.set(c.id, c);
      points.push({
        claimId: c.id,
        group: labels[key] ?? key,
        kind: c.category as OnsetPoint["kind"],
        hours: c.timepoint.hours!,
        timepoint: c.timepoint.label,
        statement: c.statement,
        level: c.level,
        certainty: c.certainty,
        source: c.sources[0] ? c.sources[0].label : "",
        sourceId: c.sources[0]?.id ?? "",
      });
    }
  }
  const present = new Set(points.map((p) => p.group));
  const groups = order.map((k) => labels[k] ?? k).filter((g) => present.has(g));
  // Keep the MARKS_PER_GROUP best-evidenced marks of each group and kind (certainty, then level), then order by time.
  const kept: OnsetPoint[] = [];
  const byKey = new Map<string, OnsetPoint[]>();
  for (const p of points) byKey.set(`${p.group}\u0000${p.kind}`, [...(byKey.get(`${p.group}\u0000${p.kind}`) ?? []), p]);
  for (const list of byKey.values()) {
    list.sort((a, b) => (CERTAINTY_ORDER[a.certainty ?? ""] ?? 4) - (CERTAINTY_ORDER[b.certainty ?? ""] ?? 4) || a.level - b.level || a.claimId.localeCompare(b.claimId));
    kept.push(...list.slice(0, MARKS_PER_GROUP));
  }
  kept.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.hours - b.hours || a.claimId.localeCompare(b.claimId));
  const keptIds = new Set(kept.map((p) => p.claimId));
  return { groups, points: kept, omitted: points.length - kept.length, references: referencesOf([...placed.values()].filter((c) => keptIds.has(c.id))) };
}

/** Hours in the words a clinician uses. */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${+hours.toFixed(1)} h`;
  if (hours < 24 * 14) return `${+(hours / 24).toFixed(1)} days`;
  if (hours < 24 * 90) return `${+(hours / 168).toFixed(1)} weeks`;
  if (hours < 24 * 365 * 2) return `${+(hours / 730).toFixed(1)} months`;
  return `${+(hours / 8760).toFixed(1)} years`;
}
