import type { ClaimDto } from "../../server/claims/claim-dto";
import { referencesOf, type Reference } from "../references";
import type { Route } from "../schemas/vocabulary";

export type SideEffectCell = {
  /** Range of the published incidences in the ketamine/esketamine arms, in %. */
  min: number | null;
  max: number | null;
  claims: { id: string; incidence: string | null; percent: number | null; source: string; level: number }[];
};
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

function rows(claims: ClaimDto[], columns: SideEffectColumn[]): SideEffectRow[] {
  const effects = [...new Set(claims.map((c) => c.adverseEffect!.name))];
  return effects
    .map((effect) => {
      const own = claims.filter((c) => c.adverseEffect!.name === effect);
      const cells: Record<string, SideEffectCell> = {};
      for (const route of columns) {
        const inRoute = own.filter((c) => (route === UNSTATED_ROUTE ? c.routes.length === 0 : c.routes.includes(route)));
        const percents = inRoute.map((c) => c.adverseEffect!.percent).filter((p): p is number => p !== null);
        cells[route] = {
          min: percents.length ? Math.min(...percents) : null,
          max: percents.length ? Math.max(...percents) : null,
          claims: inRoute
            .map((c) => ({
              id: c.id,
              incidence: c.adverseEffect!.incidence,
              percent: c.adverseEffect!.percent,
              source: c.sources[0] ? `${c.sources[0].firstAuthor} ${c.sources[0].year}` : "",
              level: c.level,
            }))
            .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1)),
        };
      }
      return { effect, label: ADVERSE_EFFECT_LABEL[effect] ?? effect, cells, total: own.length };
    })
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
    .map(({ total: _total, ...row }) => row);
}

/**
 * Adverse effect × route, short-term and long-term apart. Claims without a route (e.g. studies of
 * recreational users) appear in an "any or unstated route" column, never dropped.
 */
export function buildSideEffectMatrix(claims: ClaimDto[], routes: Route[]): SideEffectMatrix {
  const ae = claims.filter((c) => c.adverseEffect && (c.routes.length === 0 || c.routes.some((r) => routes.includes(r as Route))));
  const columns: SideEffectColumn[] = ae.some((c) => c.routes.length === 0) ? [...routes, UNSTATED_ROUTE] : [...routes];
  return {
    columns,
    shortTerm: rows(ae.filter((c) => c.adverseEffect!.term === "short-term"), columns),
    longTerm: rows(ae.filter((c) => c.adverseEffect!.term === "long-term"), columns),
    references: referencesOf(ae),
  };
}
