import { ViewHeader } from "../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import { CertaintyBadge } from "../../components/ui/evidence-badge";
import { ViewError } from "../../components/ui/store-error";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { parseSummaryQuery } from "../../lib/schemas/summary-query";
import { loadView } from "../../server/views/load-view";
import { getSummary } from "../../server/synthesis/get-summary";

export const dynamic = "force-dynamic";
export const metadata = { title: "Summary of findings", description: "One row per outcome: relative and absolute effect, participants, certainty and what it means." };

export default async function SummaryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseSummaryQuery, getSummary);
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  return (
    <>
      <h1>Summary of findings: ketamine or esketamine vs placebo</h1>
      <p className="notice">
        One row per outcome, as in a Cochrane summary-of-findings table: from a published meta-analysis in the dataset when there
        is one (its own certainty rating), otherwise from pooling the trials here (certainty derived by the rule on the About page).
        An evidence summary for clinicians, not a guideline and not medical advice.
      </p>
      <ViewForm label="Choose the question" submit="Show">
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Compared with" name="comparator" options={{ "inert-placebo": "Inert placebo (saline, placebo spray)", "active-placebo": "Active placebo (midazolam)" }} selected={query.comparator} />
      </ViewForm>
      <ViewHeader apiPath="/api/summary" params={{ subtype: query.subtype, route: query.route, comparator: query.comparator }} citations={{ subtype: query.subtype, route: query.route }} datasetVersion={data.datasetVersion} linkedVersion={params.v}
        problem={view.problem} />
      <table className="data cards" data-testid="sof">
        <caption style={{ textAlign: "left" }}>Outcomes, effects and certainty</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Relative effect (95% CI)</th>
            <th scope="col">Absolute effect per 1,000</th>
            <th scope="col">Participants (studies)</th>
            <th scope="col">Certainty</th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.outcome} data-outcome={r.outcome} data-basis={r.basis}>
              <th scope="row">{r.label}</th>
              <td data-label="Relative effect (95% CI)">
                {r.relative}
                {r.comparison ? <div className="muted">vs {r.comparison}</div> : null}
                <span className="muted">
                  {r.basis === "published" && r.claimId ? (
                    <a href={`/claims/${r.claimId}`}>published meta-analysis</a>
                  ) : r.basis === "live" ? (
                    <a href={`/synthesis?${r.liveQuery}`}>live pooling of the trials here</a>
                  ) : null}
                </span>
              </td>
              <td data-label="Absolute effect per 1,000">{r.absolute ?? "—"}</td>
              <td data-label="Participants (studies)">
                {r.participants ?? "—"}
                {r.studies ? ` (${r.studies})` : ""}
              </td>
              <td data-label="Certainty">
                <CertaintyBadge certainty={r.certainty} reasons={r.certaintyReasons} />
                {r.certaintyReasons.length ? <div className="muted">{r.certaintyReasons.join("; ")}</div> : null}
              </td>
              <td data-label="What it means">{r.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
