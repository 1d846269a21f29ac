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

/**
 * One mark per (claim, group): onset claims mark when an effect was first significant, durability
 * claims how long it lasted, suicidality claims the time at which an effect on suicidal ideation was measured
 * (whatever its direction). Claims without a timepoint in hours cannot be placed and are left out.
 */
export function buildOnsetSeries(
  claims: ClaimDto[],
  by: "route" | "subtype",
  only: string[] = [],
): { groups: string[]; points: OnsetPoint[]; references: Reference[] } {
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
  points.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.hours - b.hours || a.claimId.localeCompare(b.claimId));
  return { groups, points, references: referencesOf(placed.values()) };
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
