import type { ClaimDto } from "../../server/claims/claim-dto";
import { roundPercent } from "../format/estimates";
import { referencesOf, type Reference } from "../references";
import type { Route } from "../schemas/vocabulary";

export type SideEffectCellClaim = {
  id: string;
  incidence: string | null;
  percent: number | null;
  /** Whether this claim's design can measure how often a harm occurs (and so enter the range). */
  counts: boolean;
  design: string;
  source: string;
  sourceId: string;
  level: number;
  certainty: string | null;
};
export type SideEffectCell = {
  /** Range of the published incidences in the ketamine/esketamine arms, in %, from designs that can measure incidence. */
  min: number | null;
  max: number | null;
  /** How many claims the range rests on. */
  rated: number;
  /** What the cell's heading says: a range, "case reports only", or "no rate published". */
  heading: string;
  /** The claims listed (at most CELL_LIMIT: those that count first, highest rate first); `total` is all of them. */
  claims: SideEffectCellClaim[];
  total: number;
};

/** Claims listed per cell; the range and the count always rest on every claim of the cell. */
export const CELL_LIMIT = 3;
export type SideEffectRow = { effect: string; label: string; cells: Record<string, SideEffectCell> };
export const UNSTATED_ROUTE = "unstated";
export type SideEffectColumn = Route | typeof UNSTATED_ROUTE;
export type SideEffectMatrix = { columns: SideEffectColumn[]; shortTerm: SideEffectRow[]; longTerm: SideEffectRow[]; references: Reference[] };

export const ADVERSE_EFFECT_LABEL: Record<string, string> = {
  dissociation: "Dissociation",
  psychotomimetic: "Psychotomimetic effects",
  "blood-pressure": "Blood pressure increase",
  "heart-rate": "Heart rate increase",
  nausea: "Nausea",
  vomiting: "Vomiting",
  dizziness: "Dizziness",
  vertigo: "Vertigo",
  sedation: "Sedation / somnolence",
  headache: "Headache",
  dysgeusia: "Taste disturbance",
  paraesthesia: "Paraesthesia / hypoaesthesia",
  anxiety: "Anxiety",
  cognition: "Cognition and memory",
  "urinary-tract": "Urinary tract / bladder",
  hepatic: "Liver",
  "abuse-misuse": "Abuse and misuse",
  dependence: "Dependence",
  "suicidal-behaviour": "Suicidal behaviour",
  mania: "Mania / hypomania",
  "any-adverse-event": "Any adverse event",
  "serious-adverse-event": "Serious adverse events",
  "discontinuation-due-to-ae": "Stopped because of adverse events",
  other: "Other",
};

/**
 * Designs whose rates enter a range: controlled trials, cohorts, open-label trials, pooled analyses,
 * meta-analyses and labels. Case reports, case series, pharmacovigilance and surveys cannot show
 * how often a harm occurs, so they are listed under the range but never widen it.
 */
export const INCIDENCE_DESIGNS = new Set([
  "rct",
  "crossover-rct",
  "pooled-analysis",
  "non-randomised-controlled",
  "cohort",
  "open-label",
  "meta-analysis",
  "systematic-review",
  "label",
]);

/** Ketamine and its enantiomers: the compounds the route columns are about (other compounds are left out). */
export const KETAMINE_FORMS = new Set(["racemic-ketamine", "esketamine", "arketamine"]);

function cellHeading(min: number | null, max: number | null, rated: number, claims: SideEffectCellClaim[]): string {
  if (min !== null && max !== null) {
    const [low, high] = [roundPercent(min), roundPercent(max)];
    const range = low === high ? `${low}%` : `${low}–${high}%`;
    return `${range} (${rated} ${rated === 1 ? "study arm" : "study arms"} with a rate)`;
  }
  if (claims.length > 0 && claims.every((c) => !c.counts)) return "Case reports or reports only: no rate";
  return "No rate published";
}

function rows(claims: ClaimDto[], columns: SideEffectColumn[], listed: Set<string>): SideEffectRow[] {
  const effects = [...new Set(claims.map((c) => c.adverseEffect!.name))];
  return effects
    .map((effect) => {
      const own = claims.filter((c) => c.adverseEffect!.name === effect);
      const cells: Record<string, SideEffectCell> = {};
      for (const route of columns) {
        const inRoute = own.filter((c) => (route === UNSTATED_ROUTE ? c.routes.length === 0 : c.routes.includes(route)));
        const cellClaims = inRoute
          .map((c) => {
            const design = c.sources[0]?.design ?? "";
            return {
              id: c.id,
              incidence: c.adverseEffect!.incidence,
              percent: c.adverseEffect!.percent,
              counts: INCIDENCE_DESIGNS.has(design),
              design,
              source: c.sources[0] ? c.sources[0].label : "",
              sourceId: c.sources[0]?.id ?? "",
              level: c.level,
              certainty: c.certainty,
            };
          })
          .sort((a, b) => Number(b.counts) - Number(a.counts) || (b.percent ?? -1) - (a.percent ?? -1));
        const percents = cellClaims.filter((c) => c.counts && c.percent !== null).map((c) => c.percent!);
        const min = percents.length ? Math.min(...percents) : null;
        const max = percents.length ? Math.max(...percents) : null;
        const shown = cellClaims.slice(0, CELL_LIMIT);
        shown.forEach((c) => listed.add(c.id));
        cells[route] = { min, max, rated: percents.length, heading: cellHeading(min, max, percents.length, cellClaims), claims: shown, total: cellClaims.length };
      }
      return { effect, label: ADVERSE_EFFECT_LABEL[effect] ?? effect, cells, total: own.length };
    })
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
    .map(({ total: _total, ...row }) => row);
}

/**
 * Adverse effect × route, short-term and long-term apart, for ketamine and its enantiomers. Claims without
 * a route (e.g. studies of recreational users) appear in an "unstated route" column, never dropped.
 */
export function buildSideEffectMatrix(claims: ClaimDto[], routes: Route[]): SideEffectMatrix {
  const ae = claims.filter(
    (c) => c.adverseEffect && c.drugs.some((d) => KETAMINE_FORMS.has(d)) && (c.routes.length === 0 || c.routes.some((r) => routes.includes(r as Route))),
  );
  const columns: SideEffectColumn[] = ae.some((c) => c.routes.length === 0) ? [...routes, UNSTATED_ROUTE] : [...routes];
  const listed = new Set<string>();
  const shortTerm = rows(ae.filter((c) => c.adverseEffect!.term === "short-term"), columns, listed);
  const longTerm = rows(ae.filter((c) => c.adverseEffect!.term === "long-term"), columns, listed);
  // The references of what is listed (a printout numbers what it shows).
  return { columns, shortTerm, longTerm, references: referencesOf(ae.filter((c) => listed.has(c.id))) };
}
