import { DISCLAIMER } from "../../components/ui/disclaimer";
import { StoreError } from "../../components/ui/store-error";
import { DOWNGRADE_TEXT, LEVEL_TEXT } from "../../lib/evidence-levels";
import { getDatasetInfo, readView, withStore } from "../../server/db";

export const dynamic = "force-dynamic";
export const metadata = { title: "About and evidence levels", description: "How claims are selected and graded: design levels, GRADE certainty, dataset version and disclaimer." };

export default async function AboutPage() {
  const read = await readView(() => withStore(getDatasetInfo));
  if (!read.ok) return <StoreError />;
  const info = read.data;
  return (
    <article>
      <h1>About these evidence tables</h1>
      <p>
        <strong>{DISCLAIMER}</strong>
      </p>
      <h2>Dataset</h2>
      <p data-testid="about-dataset">
        Version <strong>{info?.version ?? "none imported"}</strong>
        {info ? `, imported ${info.importedAt.toISOString().slice(0, 10)}: ${info.claimCount} claims from ${info.sourceCount} sources.` : "."}
      </p>
      <h2>How evidence is selected</h2>
      <p>
        Each row is one finding (a claim) from one published source: randomised trials, meta-analyses, observational
        studies, pharmacokinetic studies, guidelines, drug labels and regulatory documents about ketamine and esketamine
        for depression. Every claim was written after reading the source&apos;s abstract or full text; figures are recorded
        exactly as published, with where in the source they appear. Null and negative results are included, and thin
        evidence is labelled as such. There is no promotional content and no link to any vendor or clinic.
      </p>
      <h2 id="levels">Evidence levels</h2>
      <table className="data">
        <caption className="muted" style={{ textAlign: "left" }}>
          Levels after the Oxford CEBM 2011 table for treatment questions; 1 is strongest.
        </caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Design of the best cited source</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(LEVEL_TEXT).map(([level, text]) => (
            <tr key={level}>
              <td>{text.short}</td>
              <td>{text.long}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{DOWNGRADE_TEXT} A lowered level is marked ↓.</p>
      <p>
        When a source grades its own evidence (for example GRADE certainty in a Cochrane review), that grade is shown
        beside ours.
      </p>
    </article>
  );
}
