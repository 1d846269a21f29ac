import { baseLevel, certaintyRank, deriveCertainty } from "../../lib/evidence-levels";
import type { Dataset } from "../../lib/dataset/validate-dataset";
import type { ClaimInput, SourceInput } from "../../lib/schemas/evidence-file";
import { RELEVANCE_ORDER, ROUTES, SUBTYPES } from "../../lib/schemas/vocabulary";
import { Prisma } from "../../generated/prisma/client";

/** A JSON column's value: SQL NULL when absent, so an update clears what an earlier import wrote. */
function json<T>(value: T | undefined): T | typeof Prisma.DbNull {
  return value === undefined ? Prisma.DbNull : value;
}

type DatasetClaim = Dataset["claims"][number];

export function sourceRow(s: SourceInput, label: string): Prisma.SourceCreateInput {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    authors: s.authors,
    firstAuthor: s.authors[0],
    label,
    journal: s.journal,
    year: s.year,
    volume: s.volume ?? null,
    issue: s.issue ?? null,
    pages: s.pages ?? null,
    pmid: s.pmid ?? null,
    doi: s.doi ?? null,
    pmcid: s.pmcid ?? null,
    registration: s.registration ?? null,
    url: s.url ?? null,
    noPmid: s.noPmid ?? null,
    design: s.design,
    pools: s.pools ?? null,
    n: s.n ?? null,
    funding: s.funding,
    readAt: s.readAt,
  };
}

/** Participants behind a claim: its own n, else its estimates' or arms', else the primary source's. */
export function sampleSizeOf(c: ClaimInput, primary: SourceInput): number | null {
  const fromEstimates = Math.max(0, ...(c.estimates ?? []).map((e) => e.n ?? 0));
  const armN = (c.arms ?? []).reduce((sum, a) => sum + (a.n ?? a.nRandomised ?? 0), 0);
  const aeN = (c.adverseEffect?.arms ?? []).reduce((sum, a) => sum + (a.total ?? 0), 0);
  return c.n ?? (fromEstimates || armN || aeN || primary.n || null);
}

/** Incidence in the ketamine/esketamine arm(s), in % (the highest when several doses are reported). */
export function interventionPercent(c: ClaimInput): number | null {
  const values = (c.adverseEffect?.arms ?? [])
    .filter((a) => a.role === "intervention")
    .map((a) => a.percent ?? (a.events !== undefined && a.total ? (100 * a.events) / a.total : undefined))
    .filter((v): v is number => v !== undefined);
  return values.length > 0 ? Math.max(...values) : null;
}

export function claimRow(c: DatasetClaim, sourcesById: Map<string, SourceInput>): Prisma.ClaimCreateManyInput {
  const cited = [c.sourceId, ...(c.alsoCites ?? []).map((a) => a.source)].map((id) => sourcesById.get(id)!);
  const primary = cited[0];
  const sampleSize = sampleSizeOf(c, primary);
  const base = baseLevel(cited.map((s) => ({ design: s.design, pools: s.pools })), c.comparison);
  const certainty = deriveCertainty({
    level: c.level,
    base,
    levelReason: c.levelReason,
    sourceGrade: c.sourceGrade,
    downgrades: c.certaintyDowngrades,
    n: sampleSize,
  });
  return {
    id: c.id,
    statement: c.statement,
    category: c.category,
    // A fact that spans every route or subtype is stored under each, so every filter and column finds it.
    subtypes: c.allSubtypes ? [...SUBTYPES] : c.subtypes,
    routes: c.allRoutes ? [...ROUTES] : c.routes,
    allSubtypes: c.allSubtypes ?? false,
    allRoutes: c.allRoutes ?? false,
    drugs: c.drugs,
    comparator: c.comparator ?? null,
    comparison: c.comparison ?? null,
    outcome: c.outcome ?? null,
    outcomeKey: c.outcomeKey ?? null,
    studyLabel: c.studyLabel ?? null,
    studyDesign: c.studyDesign ?? null,
    studySource: c.studySource ?? null,
    timepointLabel: c.timepoint?.label ?? null,
    timepointHours: c.timepoint?.hours ?? null,
    factDate: c.date ?? null,
    n: c.n ?? null,
    k: c.k ?? null,
    sampleSize,
    estimates: json(c.estimates),
    arms: json(c.arms),
    measure: c.estimates?.[0]?.measure ?? null,
    aeName: c.adverseEffect?.name ?? null,
    aeLabel: c.adverseEffect?.label ?? null,
    aeTerm: c.adverseEffect?.term ?? null,
    aeArms: json(c.adverseEffect?.arms),
    aePercent: interventionPercent(c),
    aeNotReported: c.adverseEffect?.notReported ?? null,
    direction: c.direction,
    level: c.level,
    levelReason: c.levelReason ?? null,
    sourceGrade: json(c.sourceGrade),
    certainty: certainty.certainty,
    certaintyBasis: certainty.basis,
    certaintyReasons: certainty.reasons,
    certaintyRank: certaintyRank(certainty.certainty),
    relevanceRank: (RELEVANCE_ORDER as readonly string[]).indexOf(c.category),
    certaintyDowngrades: json(c.certaintyDowngrades),
    evidenceBase: c.evidenceBase ?? null,
    doseAsStudied: c.doseAsStudied ?? null,
    setting: c.setting ?? null,
    designs: [...new Set(cited.map((s) => s.design))],
    sortCitation: `${primary.authors[0]} ${primary.year}`,
    lastReviewed: c.lastReviewed,
    history: json(c.history),
  };
}

export function claimSourceRows(c: DatasetClaim): Prisma.ClaimSourceCreateManyInput[] {
  return [
    { claimId: c.id, sourceId: c.sourceId, locator: c.locator, position: 0 },
    ...(c.alsoCites ?? []).map((a, i) => ({ claimId: c.id, sourceId: a.source, locator: a.locator, position: i + 1 })),
  ];
}
