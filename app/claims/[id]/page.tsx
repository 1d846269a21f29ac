import { notFound } from "next/navigation";
import { LevelBadge } from "../../../components/ui/level-badge";
import { SourceCitation } from "../../../components/ui/source-citation";
import { StoreError } from "../../../components/ui/store-error";
import { formatResult } from "../../../lib/claim-columns";
import { LEVEL_TEXT } from "../../../lib/evidence-levels";
import { CATEGORY_LABEL, DIRECTION_LABEL, DRUG_LABEL, ROUTE_LABEL, SUBTYPE_LABEL, labelOf } from "../../../lib/labels";
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
        {claim.sourceGrade ? (
          <>
            <dt>Source&apos;s own grade</dt>
            <dd>{claim.sourceGrade}</dd>
          </>
        ) : null}
        <dt>Category</dt>
        <dd>{labelOf(CATEGORY_LABEL, claim.category)}</dd>
        <dt>Subtypes</dt>
        <dd>{list(claim.subtypes, SUBTYPE_LABEL)}</dd>
        <dt>Routes</dt>
        <dd>{list(claim.routes, ROUTE_LABEL)}</dd>
        <dt>Drugs</dt>
        <dd>{list(claim.drugs, DRUG_LABEL)}</dd>
        {claim.comparator ? (<><dt>Comparator</dt><dd>{claim.comparator}</dd></>) : null}
        {claim.outcome ? (<><dt>Outcome</dt><dd>{claim.outcome}</dd></>) : null}
        {claim.timepoint ? (<><dt>Timepoint</dt><dd>{claim.timepoint.label}</dd></>) : null}
        {claim.result ? (
          <>
            <dt>Result</dt>
            <dd>
              {formatResult(claim.result)}
              {claim.result.n ? ` (n = ${claim.result.n})` : ""}
            </dd>
          </>
        ) : null}
        {claim.adverseEffect ? (
          <>
            <dt>Adverse effect</dt>
            <dd>
              {claim.adverseEffect.label} ({claim.adverseEffect.term}){claim.adverseEffect.incidence ? `: ${claim.adverseEffect.incidence}` : ""}
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
