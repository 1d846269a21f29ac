import "server-only";
import type { z } from "zod";
import { formatArms } from "../../lib/format/estimates";
import type { aeArmSchema, armSchema, estimateSchema } from "../../lib/schemas/evidence-file";
import type { Prisma } from "../../generated/prisma/client";

export const claimInclude = {
  sources: { orderBy: { position: "asc" }, include: { source: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimWithSources = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

type Estimate = z.infer<typeof estimateSchema>;
type Arm = z.infer<typeof armSchema>;
type AeArm = z.infer<typeof aeArmSchema>;
type SourceGrade = { system: string; rating: string };

const nn = <T,>(v: T | undefined): T | null => (v === undefined ? null : v);

/** The public shape of a claim (API, views and exports all use it). */
export function toClaimDto(c: ClaimWithSources) {
  const estimates = ((c.estimates ?? []) as Estimate[]).map((e) => ({
    measure: e.measure,
    value: nn(e.value),
    ciLow: nn(e.ciLow),
    ciHigh: nn(e.ciHigh),
    ciLevel: e.ciLevel ?? 95,
    label: nn(e.label),
    unit: nn(e.unit),
    p: nn(e.p),
    n: nn(e.n),
    k: nn(e.k),
  }));
  const arms = ((c.arms ?? []) as Arm[]).map((a) => ({
    label: a.label,
    role: a.role,
    drug: nn(a.drug),
    comparatorType: nn(a.comparatorType),
    route: nn(a.route),
    doseAsStudied: nn(a.doseAsStudied),
    nRandomised: nn(a.nRandomised),
    n: nn(a.n),
    events: nn(a.events),
    percent: nn(a.percent),
    mean: nn(a.mean),
    sd: nn(a.sd),
    meanType: nn(a.meanType),
  }));
  const aeArms = ((c.aeArms ?? []) as AeArm[]).map((a) => ({ label: a.label, role: a.role, events: nn(a.events), total: nn(a.total), percent: nn(a.percent) }));
  const primary = estimates[0];
  const grade = c.sourceGrade as SourceGrade | null;
  const intervention = arms.filter((a) => a.role === "intervention");
  const comparator = arms.filter((a) => a.role === "comparator");
  return {
    id: c.id,
    statement: c.statement,
    category: c.category,
    subtypes: c.subtypes,
    routes: c.routes,
    allSubtypes: c.allSubtypes,
    allRoutes: c.allRoutes,
    drugs: c.drugs,
    comparator: c.comparator,
    comparison: c.comparison,
    outcome: c.outcome,
    outcomeKey: c.outcomeKey,
    studyLabel: c.studyLabel,
    studyDesign: c.studyDesign,
    studySource: c.studySource,
    timepoint: c.timepointLabel !== null ? { label: c.timepointLabel, hours: c.timepointHours } : null,
    date: c.factDate,
    n: c.n,
    k: c.k,
    sampleSize: c.sampleSize,
    estimates,
    arms,
    /** The first estimate in the v1 shape, kept for API clients that read `result`. */
    result: primary
      ? {
          effectType: primary.measure,
          value: primary.value,
          ciLow: primary.ciLow,
          ciHigh: primary.ciHigh,
          unit: primary.unit,
          intervention: intervention.length ? formatArms(intervention) : null,
          control: comparator.length ? formatArms(comparator) : null,
          n: c.n ?? primary.n,
          p: primary.p,
        }
      : null,
    adverseEffect:
      c.aeName !== null
        ? {
            name: c.aeName,
            label: c.aeLabel,
            term: c.aeTerm,
            arms: aeArms,
            notReported: c.aeNotReported,
            incidence: aeArms.length ? formatArms(aeArms) : null,
            percent: c.aePercent,
          }
        : null,
    direction: c.direction,
    level: c.level,
    levelReason: c.levelReason,
    certainty: c.certainty,
    certaintyBasis: c.certaintyBasis,
    certaintyReasons: c.certaintyReasons,
    sourceGrade: grade ? `${grade.system}: ${grade.rating}` : null,
    evidenceBase: c.evidenceBase,
    doseAsStudied: c.doseAsStudied,
    setting: c.setting,
    lastReviewed: c.lastReviewed,
    history: (c.history ?? []) as { date: string; change: string }[],
    sources: c.sources.map(({ locator, source: s }) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      firstAuthor: s.firstAuthor,
      /** "Author Year", with a letter when the dataset has two papers for that pair: the label to show. */
      label: s.label,
      year: s.year,
      journal: s.journal,
      volume: s.volume,
      issue: s.issue,
      pages: s.pages,
      pmid: s.pmid,
      doi: s.doi,
      pmcid: s.pmcid,
      registration: s.registration,
      url: s.url,
      design: s.design,
      pools: s.pools,
      n: s.n,
      funding: s.funding,
      locator,
    })),
  };
}

export type ClaimDto = ReturnType<typeof toClaimDto>;
