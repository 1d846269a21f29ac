import { notFound } from "next/navigation";
import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import { LevelLegend } from "../../../components/ui/level-legend";
import { SourceCitation } from "../../../components/ui/source-citation";
import { StoreError } from "../../../components/ui/store-error";
import { CATEGORY_LABEL, DESIGN_LABEL, FUNDING_LABEL, labelOf } from "../../../lib/labels";
import { slugSchema } from "../../../lib/schemas/evidence-file";
import { readView, withStore } from "../../../server/db";
import { getSource } from "../../../server/sources/get-source";

export const dynamic = "force-dynamic";

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!slugSchema.safeParse(id).success) notFound();
  const read = await readView(() => withStore((store) => getSource(store.prisma, id)));
  if (!read.ok) return <StoreError />;
  const source = read.data;
  if (!source) notFound();
  return (
    <article>
      <h1>{source.title}</h1>
      <p>
        <SourceCitation source={source} />
      </p>
      <dl className="detail">
        <dt>Authors</dt>
        <dd>{source.authors.join(", ")}</dd>
        <dt>Design</dt>
        <dd>{labelOf(DESIGN_LABEL, source.design)}</dd>
        {source.n ? (<><dt>Participants</dt><dd>{source.n}</dd></>) : null}
        <dt>Funding</dt>
        <dd>{labelOf(FUNDING_LABEL, source.funding)}</dd>
      </dl>
      <h2>{source.claims.length} claims from this source</h2>
      <LevelLegend />
      <table className="data cards">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Finding</th>
            <th scope="col">Category</th>
            <th scope="col">Where in the source</th>
          </tr>
        </thead>
        <tbody>
          {source.claims.map((c) => (
            <tr key={c.id}>
              <td data-label="Level"><EvidenceBadge level={c.level} certainty={c.certainty} reason={c.levelReason} reasons={c.certaintyReasons} /></td>
              <td data-label="Finding"><a href={`/claims/${c.id}`}>{c.statement}</a></td>
              <td data-label="Category">{labelOf(CATEGORY_LABEL, c.category)}</td>
              <td data-label="Where in the source">{c.sources.find((s) => s.id === source.id)?.locator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
