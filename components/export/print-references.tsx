import type { Reference } from "../../lib/references";

/** Printed under a view: the sources of what is on screen, numbered. */
export function PrintReferences({ references }: { references: Reference[] }) {
  return (
    <section className="print-only" aria-label="References">
      <h2>References</h2>
      <ol>
        {references.map((s) => (
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
