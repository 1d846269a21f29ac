import type { ClaimDto } from "../../server/claims/claim-dto";

/** Printed under the table: the sources of the rows on the page, numbered in order of first use. */
export function PrintReferences({ claims }: { claims: ClaimDto[] }) {
  const seen = new Map<string, ClaimDto["sources"][number]>();
  claims.forEach((c) => c.sources.forEach((s) => seen.has(s.id) || seen.set(s.id, s)));
  return (
    <section className="print-only" aria-label="References">
      <h2>References</h2>
      <ol>
        {[...seen.values()].map((s) => (
          <li key={s.id}>
            {s.firstAuthor} et al. {s.title}. {s.journal}. {s.year}.{s.pmid ? ` PMID ${s.pmid}.` : ""}
            {s.doi ? ` doi:${s.doi}.` : ""}
            {!s.pmid && !s.doi && s.url ? ` ${s.url}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
