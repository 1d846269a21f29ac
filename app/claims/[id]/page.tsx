import { notFound } from "next/navigation";
import { LevelBadge } from "../../../components/ui/level-badge";
import { SourceCitation } from "../../../components/ui/source-citation";
import { StoreError } from "../../../components/ui/store-error";
import { CertaintyBadge } from "../../../components/ui/evidence-badge";
import { CERTAINTY_TEXT, LEVEL_TEXT } from "../../../lib/evidence-levels";
import { formatArmFigure, formatEstimate } from "../../../lib/format/estimates";
import type { Certainty } from "../../../lib/schemas/vocabulary";
import { CATEGORY_LABEL, DIRECTION_LABEL, DRUG_LABEL, EVIDENCE_BASE_LABEL, ROUTE_LABEL, SUBTYPE_LABEL, labelOf } from "../../../lib/labels";
import { slugSchema } from "../../../lib/schemas/evidence-file";
import { getClaim } from "../../../server/claims/get-claim";
import { readView, withStore } from "../../../server/db";

export const dynamic = "force-dynamic";

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!slugSchema.safeParse(id).success) notFound();
  const read = await readView(() => withStore((store) => getClaim(store.prisma, id)));
  if (!read.ok) return <StoreError />;
  const claim = read.data;
  if (!claim) notFound();
  const list = (values: string[], labels: Record<string, string>) => values.map((v) => labelOf(labels, v)).join(", ") || "—";
  return (
    <article>
      <p className="muted">Claim {claim.id}</p>
      <h1>{claim.statement}</h1>
      <dl className="detail">
        <dt>Evidence level</dt>
        <dd>
          <LevelBadge level={claim.level} reason={claim.levelReason} /> {LEVEL_TEXT[claim.level].long}
          {claim.levelReason ? ` — lowered one step: ${claim.levelReason}` : ""}
        </dd>
        <dt>Certainty (GRADE)</dt>
        <dd data-testid="certainty">
          <CertaintyBadge certainty={claim.certainty} reasons={claim.certaintyReasons} />{" "}
          {claim.certainty ? CERTAINTY_TEXT[claim.certainty as Certainty] : "Not assessed: level-5 evidence states a fact or an opinion, not an estimate of effect."}
          {claim.certaintyBasis ? (
            <span className="muted">
              {" "}
              — {claim.certaintyBasis === "source-grade" ? "as rated by the source" : "derived by the rule in the rubric"}
              {claim.certaintyReasons.length ? `: ${claim.certaintyReasons.join("; ")}` : ""}
            </span>
          ) : null}
        </dd>
        {claim.sourceGrade ? (
          <>
            <dt>Source&apos;s own grade</dt>
            <dd>{claim.sourceGrade}</dd>
          </>
        ) : null}
        <dt>Category</dt>
        <dd>{labelOf(CATEGORY_LABEL, claim.category)}</dd>
        <dt>Subtypes</dt>
        <dd>{claim.allSubtypes ? "All subtypes" : list(claim.subtypes, SUBTYPE_LABEL)}</dd>
        <dt>Routes</dt>
        <dd>{claim.allRoutes ? "All routes" : list(claim.routes, ROUTE_LABEL)}</dd>
        {claim.evidenceBase ? (<><dt>Evidence base</dt><dd>{labelOf(EVIDENCE_BASE_LABEL, claim.evidenceBase)}</dd></>) : null}
        <dt>Drugs</dt>
        <dd>{list(claim.drugs, DRUG_LABEL)}</dd>
        {claim.comparator ? (<><dt>Comparator</dt><dd>{claim.comparator}</dd></>) : null}
        {claim.outcome ? (<><dt>Outcome</dt><dd>{claim.outcome}</dd></>) : null}
        {claim.timepoint ? (<><dt>Timepoint</dt><dd>{claim.timepoint.label}</dd></>) : null}
        {claim.date ? (<><dt>Date</dt><dd>{claim.date}</dd></>) : null}
        {claim.sampleSize ? (<><dt>Participants</dt><dd>{claim.sampleSize}{claim.k ? ` in ${claim.k} studies` : ""}</dd></>) : null}
        {claim.estimates.length ? (
          <>
            <dt>Estimates</dt>
            <dd>
              <ul data-testid="estimates">
                {claim.estimates.map((e, i) => (
                  <li key={i}>{formatEstimate(e)}{e.n ? ` (n = ${e.n})` : ""}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {claim.arms.length ? (
          <>
            <dt>Arms</dt>
            <dd>
              <table className="data" data-testid="arms">
                <thead>
                  <tr><th scope="col">Arm</th><th scope="col">Role</th><th scope="col">Dose as studied</th><th scope="col">Figures</th></tr>
                </thead>
                <tbody>
                  {claim.arms.map((a, i) => (
                    <tr key={i}>
                      <td>{a.label}</td>
                      <td>{a.role === "intervention" ? "Intervention" : "Comparator"}</td>
                      <td>{a.doseAsStudied ?? ""}</td>
                      <td>{formatArmFigure(a)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </dd>
          </>
        ) : null}
        {claim.adverseEffect ? (
          <>
            <dt>Adverse effect</dt>
            <dd data-testid="adverse-effect">
              {claim.adverseEffect.label} ({claim.adverseEffect.term === "long-term" ? "long-term" : "short-term"})
              {claim.adverseEffect.arms.length ? (
                <ul>
                  {claim.adverseEffect.arms.map((a, i) => (
                    <li key={i}>
                      {a.label}: {formatArmFigure(a)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No incidence: {claim.adverseEffect.notReported}</p>
              )}
            </dd>
          </>
        ) : null}
        <dt>Direction</dt>
        <dd>{labelOf(DIRECTION_LABEL, claim.direction)}</dd>
        {claim.doseAsStudied ? (<><dt>Dose as studied</dt><dd>{claim.doseAsStudied} <span className="muted">(as studied — not a recommendation)</span></dd></>) : null}
        {claim.setting ? (<><dt>Setting and monitoring</dt><dd>{claim.setting}</dd></>) : null}
        <dt>Sources</dt>
        <dd>
          <ol>
            {claim.sources.map((s) => (
              <li key={s.id}>
                <SourceCitation source={s} />
              </li>
            ))}
          </ol>
        </dd>
        <dt>Last reviewed</dt>
        <dd>{claim.lastReviewed}</dd>
        {claim.history.length ? (
          <>
            <dt>Changes</dt>
            <dd>
              <ul>
                {claim.history.map((h) => (
                  <li key={h.date + h.change}>
                    {h.date}: {h.change}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
