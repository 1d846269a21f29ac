import { ViewHeader } from "../../components/export/view-header";
import { ForestPlot } from "../../components/forest-plot/forest-plot";
import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import { certaintyLabel } from "../../components/ui/evidence-badge";
import { ViewError } from "../../components/ui/store-error";
import { DRUG_LABEL, ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { MA_MEASURES } from "../../lib/meta-analysis/effect-sizes";
import { parseSynthesisQuery, serializeSynthesisQuery, SYNTHESIS_COMPARATORS } from "../../lib/schemas/synthesis-query";
import { studyInterval } from "../../lib/synthesis/build-synthesis";
import { formatNumber, measureAbbrev } from "../../lib/synthesis/format";
import { COMPARATOR_LABEL, MEASURE_NAME, OUTCOME_LABEL, synthesisLabel } from "../../lib/synthesis/labels";
import { WINDOWS } from "../../lib/synthesis/windows";
import { OUTCOME_KEYS } from "../../lib/schemas/vocabulary";
import { loadView } from "../../server/views/load-view";
import { getSynthesis } from "../../server/synthesis/get-synthesis";
import { getSynthesisOptions } from "../../server/synthesis/get-synthesis-options";

export const dynamic = "force-dynamic";
export const metadata = { title: "Live meta-analysis", description: "Pool the randomised trials in the dataset for a question: forest plot, pooled effect, heterogeneity and prediction interval." };

const pct = (x: number) => `${x.toFixed(1)}%`;
const ci = (lo: number | null, hi: number | null) => (lo === null || hi === null ? "—" : `${formatNumber(lo)} to ${formatNumber(hi)}`);

function Select({ label, name, options, value }: { label: string; name: string; options: Record<string, string>; value: string }) {
  return (
    <label className="select">
      {label}
      <select name={name} defaultValue={value}>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function SynthesisPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseSynthesisQuery, async (q) => {
    const [synthesis, options] = await Promise.all([getSynthesis(q), getSynthesisOptions()]);
    return { ...synthesis, options: options.options };
  });
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  const title = synthesisLabel(query);
  const abbrev = measureAbbrev(data.measure);
  const apiQuery = serializeSynthesisQuery(query);
  return (
    <>
      <h1>Live meta-analysis</h1>
      <p className="notice" data-testid="exploratory-note">
        <strong>Exploratory synthesis, not a guideline.</strong> It pools the trials in this dataset that match your choices, as
        published; it does not assess each trial&apos;s risk of bias, and a pooled number is only as good as the trials under it.
      </p>
      <ViewForm label="Choose the analysis" submit="Pool">
        <fieldset>
          <legend>Question</legend>
          <Select label="Outcome" name="outcome" options={OUTCOME_LABEL} value={query.outcome} />
          <Select label="Timepoint" name="window" options={Object.fromEntries(WINDOWS.map((w) => [w.id, w.label]))} value={query.window} />
          <Select label="Effect measure" name="measure" options={{ "": "Default for the outcome", ...Object.fromEntries(MA_MEASURES.map((m) => [m, MEASURE_NAME[m]])) }} value={query.measure ?? ""} />
        </fieldset>
        <ChoiceFieldset legend="Comparator" name="comparator" options={Object.fromEntries(SYNTHESIS_COMPARATORS.map((c) => [c, COMPARATOR_LABEL[c]]))} selected={query.comparator} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Drug" name="drug" options={{ "racemic-ketamine": DRUG_LABEL["racemic-ketamine"], esketamine: DRUG_LABEL.esketamine, arketamine: DRUG_LABEL.arketamine }} selected={query.drug} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
        <fieldset>
          <legend>Method</legend>
          <Select label="τ² estimator" name="tau2" options={{ REML: "REML (default)", DL: "DerSimonian–Laird", PM: "Paule–Mandel" }} value={query.tau2} />
          <Select label="Confidence interval" name="ci" options={{ HK: "Hartung–Knapp (default)", wald: "Wald (normal)" }} value={query.ci} />
          <Select label="Subgroups" name="by" options={{ none: "None", route: "By route", comparator: "By comparator" }} value={query.by} />
          <Select label="Trial figures" name="prefer" options={{ arms: "Arm-level data first", estimates: "Trials' adjusted estimates first" }} value={query.prefer} />
        </fieldset>
      </ViewForm>
      <ViewHeader
        apiPath="/api/synthesis"
        params={Object.fromEntries(new URLSearchParams(apiQuery))}
        citations={{ subtype: query.subtype, route: query.route }}
        datasetVersion={data.datasetVersion}
        linkedVersion={params.v}
        problem={view.problem}
      />
      <p className="no-print">
        <a className="button" href={`/api/synthesis?${apiQuery}${apiQuery ? "&" : ""}format=svg`} download data-testid="export-svg">
          Forest plot (SVG)
        </a>
      </p>
      <details data-testid="options">
        <summary>Analyses the data supports ({data.options.length} with two or more studies)</summary>
        <ul>
          {data.options.map((o) => (
            <li key={o.query}>
              <a href={`/synthesis?${o.query}`}>{o.label}</a> — k = {o.k}
            </li>
          ))}
        </ul>
      </details>
      <h2 data-testid="synthesis-title">{title}</h2>
      {data.warnings.length ? (
        <ul className="warnings" data-testid="warnings">
          {data.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {data.pooled ? (
        <dl className="detail" data-testid="pooled">
          <dt>Pooled {MEASURE_NAME[data.measure]}</dt>
          <dd data-testid="pooled-estimate">
            {abbrev} {formatNumber(data.pooled.estimate)} (95% CI {ci(data.pooled.ciLow, data.pooled.ciHigh)})
          </dd>
          <dt>Prediction interval</dt>
          <dd>{data.pooled.piLow === null ? "not shown with fewer than 3 studies" : ci(data.pooled.piLow, data.pooled.piHigh)}</dd>
          <dt>Heterogeneity</dt>
          <dd>
            τ² {formatNumber(data.pooled.tau2)} · I² {pct(data.pooled.i2)} · Q {formatNumber(data.pooled.q)} (P {formatNumber(data.pooled.qP)})
          </dd>
          <dt>Studies and participants</dt>
          <dd>
            k = {data.pooled.k}, n = {data.pooled.n}
          </dd>
          <dt>Method</dt>
          <dd>
            Random effects, τ² by {data.method.tau2}, {data.method.ci === "HK" ? "Hartung–Knapp–Sidik–Jonkman" : "Wald"} confidence interval
          </dd>
        </dl>
      ) : (
        <p className="empty-box" data-testid="no-pooling">
          Not pooled: {data.reason}.
        </p>
      )}
      {data.studies.length ? (
        <>
          <ForestPlot studies={data.studies} pooled={data.pooled} measure={data.measure} title={title} />
          <table className="data cards" data-testid="synthesis-table">
            <caption style={{ textAlign: "left" }}>The forest plot as a table</caption>
            <thead>
              <tr>
                <th scope="col">Study</th>
                <th scope="col">Data</th>
                <th scope="col">{abbrev} (95% CI)</th>
                <th scope="col">Weight</th>
                <th scope="col">Route</th>
                <th scope="col">Comparator</th>
                <th scope="col">Timepoint</th>
              </tr>
            </thead>
            <tbody>
              {data.studies.map((s) => {
                const iv = studyInterval(s, data.measure);
                const d = s.data;
                return (
                  <tr key={s.id} data-study={s.id}>
                    <td data-label="Study">
                      <a href={`/claims/${s.id}`}>{s.label}</a>
                      {s.crossover ? " (crossover)" : ""}
                    </td>
                    <td data-label="Data">
                      {d.type === "binary"
                        ? `${d.e1}/${d.n1} vs ${d.e2}/${d.n2}`
                        : d.type === "continuous"
                          ? `${formatNumber(d.m1)} (SD ${formatNumber(d.sd1)}, n ${d.n1}) vs ${formatNumber(d.m2)} (SD ${formatNumber(d.sd2)}, n ${d.n2})`
                          : "published estimate"}
                    </td>
                    <td data-label={`${abbrev} (95% CI)`}>
                      {formatNumber(iv.estimate)} ({ci(iv.ciLow, iv.ciHigh)})
                    </td>
                    <td data-label="Weight">{s.weight === null ? "—" : pct(s.weight)}</td>
                    <td data-label="Route">{ROUTE_LABEL[s.route as keyof typeof ROUTE_LABEL] ?? s.route}</td>
                    <td data-label="Comparator">{COMPARATOR_LABEL[s.comparatorType] ?? s.comparatorType}</td>
                    <td data-label="Timepoint">{s.timepoint}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      {data.subgroups ? (
        <section aria-labelledby="subgroups">
          <h2 id="subgroups">Subgroups by {data.subgroups.by}</h2>
          <table className="data" data-testid="subgroups">
            <thead>
              <tr>
                <th scope="col">{data.subgroups.by === "route" ? "Route" : "Comparator"}</th>
                <th scope="col">k</th>
                <th scope="col">{abbrev} (95% CI)</th>
                <th scope="col">I²</th>
              </tr>
            </thead>
            <tbody>
              {data.subgroups.groups.map((g) => (
                <tr key={g.key}>
                  <td>{ROUTE_LABEL[g.key as keyof typeof ROUTE_LABEL] ?? COMPARATOR_LABEL[g.key] ?? g.key}</td>
                  <td>{g.k}</td>
                  <td>{g.pooled ? `${formatNumber(g.pooled.estimate)} (${ci(g.pooled.ciLow, g.pooled.ciHigh)})` : "single study: not pooled"}</td>
                  <td>{g.pooled ? pct(g.pooled.i2) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {data.subgroups.test
              ? `Test for subgroup differences: Q = ${formatNumber(data.subgroups.test.q)}, df = ${data.subgroups.test.df}, P = ${formatNumber(data.subgroups.test.p)}.`
              : "Too few subgroups with two or more studies for a test of differences."}
          </p>
        </section>
      ) : null}
      {data.leaveOneOut.length ? (
        <section aria-labelledby="loo">
          <h2 id="loo">Leave one out</h2>
          <table className="data" data-testid="leave-one-out">
            <thead>
              <tr>
                <th scope="col">Without</th>
                <th scope="col">{abbrev} (95% CI)</th>
                <th scope="col">I²</th>
              </tr>
            </thead>
            <tbody>
              {data.leaveOneOut.map((l) => (
                <tr key={l.id}>
                  <td>{l.label}</td>
                  <td>
                    {formatNumber(l.estimate)} ({ci(l.ciLow, l.ciHigh)})
                  </td>
                  <td>{pct(l.i2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {data.published.length ? (
        <section aria-labelledby="published">
          <h2 id="published">What published meta-analyses in the dataset found for this question</h2>
          <ul data-testid="published">
            {data.published.map((p) => (
              <li key={p.id}>
                <a href={`/claims/${p.id}`}>{p.label}</a>: {measureAbbrev(p.measure)} {formatNumber(p.estimate)} (95% CI {ci(p.ciLow, p.ciHigh)})
                {p.k ? `, ${p.k} studies` : ""}
                {p.n ? `, n = ${p.n}` : ""} — certainty {certaintyLabel(p.certainty).toLowerCase()}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.excluded.length ? (
        <details>
          <summary>Left out of this analysis ({data.excluded.length})</summary>
          <ul data-testid="excluded">
            {data.excluded.map((e) => (
              <li key={e.id}>
                <a href={`/claims/${e.id}`}>{e.label}</a>: {e.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted">
        Methods: effect sizes and variances as in the Cochrane Handbook (ch. 6, 10): a zero cell adds 0.5 to every cell of that
        study for RR and OR; SMD is Hedges&apos; g; a published estimate enters with the variance implied by its 95% CI. Group 1
        is ketamine or esketamine. One comparison per study (the largest) so a shared control arm is never counted twice.
        Only claims coded with one of the {OUTCOME_KEYS.length} synthesis outcomes are pooled.
      </p>
    </>
  );
}
