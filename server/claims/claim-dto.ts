import "server-only";
import type { Prisma } from "../../generated/prisma/client";

export const claimInclude = {
  sources: { orderBy: { position: "asc" }, include: { source: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimWithSources = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

/** The public shape of a claim (API, views and exports all use it). */
export function toClaimDto(c: ClaimWithSources) {
  return {
    id: c.id,
    statement: c.statement,
    category: c.category,
    subtypes: c.subtypes,
    routes: c.routes,
    drugs: c.drugs,
    comparator: c.comparator,
    outcome: c.outcome,
    timepoint: c.timepointLabel !== null ? { label: c.timepointLabel, hours: c.timepointHours } : null,
    result:
      c.effectType !== null
        ? {
            effectType: c.effectType,
            value: c.value,
            ciLow: c.ciLow,
            ciHigh: c.ciHigh,
            unit: c.unit,
            intervention: c.interventionValue,
            control: c.controlValue,
            n: c.resultN,
            p: c.pValue,
          }
        : null,
    adverseEffect:
      c.aeName !== null
        ? { name: c.aeName, label: c.aeLabel, term: c.aeTerm, incidence: c.aeIncidence, percent: c.aePercent }
        : null,
    direction: c.direction,
    level: c.level,
    levelReason: c.levelReason,
    sourceGrade: c.sourceGrade,
    doseAsStudied: c.doseAsStudied,
    setting: c.setting,
    lastReviewed: c.lastReviewed,
    history: (c.history ?? []) as { date: string; change: string }[],
    sources: c.sources.map(({ locator, source: s }) => ({
      id: s.id,
      title: s.title,
      firstAuthor: s.firstAuthor,
      year: s.year,
      journal: s.journal,
      pmid: s.pmid,
      doi: s.doi,
      pmcid: s.pmcid,
      registration: s.registration,
      url: s.url,
      design: s.design,
      n: s.n,
      funding: s.funding,
      locator,
    })),
  };
}

export type ClaimDto = ReturnType<typeof toClaimDto>;
