import type { Dataset } from "../../lib/dataset/validate-dataset";
import type { SourceInput } from "../../lib/schemas/evidence-file";
import type { Prisma } from "../../generated/prisma/client";

type DatasetClaim = Dataset["claims"][number];

export function sourceRow(s: SourceInput): Prisma.SourceCreateInput {
  return {
    id: s.id,
    title: s.title,
    authors: s.authors,
    firstAuthor: s.authors[0],
    journal: s.journal,
    year: s.year,
    pmid: s.pmid ?? null,
    doi: s.doi ?? null,
    pmcid: s.pmcid ?? null,
    registration: s.registration ?? null,
    url: s.url ?? null,
    design: s.design,
    n: s.n ?? null,
    funding: s.funding,
    readAt: s.readAt,
  };
}

export function claimRow(c: DatasetClaim, sourcesById: Map<string, SourceInput>): Prisma.ClaimCreateManyInput {
  const cited = [c.sourceId, ...(c.alsoCites ?? []).map((a) => a.source)];
  const primary = sourcesById.get(c.sourceId)!;
  return {
    id: c.id,
    statement: c.statement,
    category: c.category,
    subtypes: c.subtypes,
    routes: c.routes,
    drugs: c.drugs,
    comparator: c.comparator ?? null,
    outcome: c.outcome ?? null,
    timepointLabel: c.timepoint?.label ?? null,
    timepointHours: c.timepoint?.hours ?? null,
    effectType: c.result?.effectType ?? null,
    value: c.result?.value ?? null,
    ciLow: c.result?.ciLow ?? null,
    ciHigh: c.result?.ciHigh ?? null,
    unit: c.result?.unit ?? null,
    interventionValue: c.result?.intervention ?? null,
    controlValue: c.result?.control ?? null,
    resultN: c.result?.n ?? null,
    pValue: c.result?.p ?? null,
    aeName: c.adverseEffect?.name ?? null,
    aeLabel: c.adverseEffect?.label ?? null,
    aeTerm: c.adverseEffect?.term ?? null,
    aeIncidence: c.adverseEffect?.incidence ?? null,
    aePercent: c.adverseEffect?.percent ?? null,
    direction: c.direction,
    level: c.level,
    levelReason: c.levelReason ?? null,
    sourceGrade: c.sourceGrade ?? null,
    doseAsStudied: c.doseAsStudied ?? null,
    setting: c.setting ?? null,
    designs: [...new Set(cited.map((id) => sourcesById.get(id)!.design))],
    sortCitation: `${primary.authors[0]} ${primary.year}`,
    lastReviewed: c.lastReviewed,
    history: c.history ?? undefined,
  };
}

export function claimSourceRows(c: DatasetClaim): Prisma.ClaimSourceCreateManyInput[] {
  return [
    { claimId: c.id, sourceId: c.sourceId, locator: c.locator, position: 0 },
    ...(c.alsoCites ?? []).map((a, i) => ({ claimId: c.id, sourceId: a.source, locator: a.locator, position: i + 1 })),
  ];
}
