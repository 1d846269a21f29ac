import type { ClaimDto } from "../server/claims/claim-dto";

export type Reference = Pick<ClaimDto["sources"][number], "id" | "firstAuthor" | "year" | "title" | "journal" | "pmid" | "doi" | "url">;

export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** Where a reader should go for a source: PubMed, else the DOI, else its official URL. */
export function sourceUrl(s: { pmid: string | null; doi: string | null; url: string | null }): string | null {
  return s.pmid ? pubmedUrl(s.pmid) : s.doi ? doiUrl(s.doi) : s.url;
}

/** The sources of the claims on screen, in order of first appearance, each once: the numbered references of a printout. */
export function referencesOf(claims: Iterable<ClaimDto>): Reference[] {
  const seen = new Map<string, Reference>();
  for (const c of claims) {
    for (const { id, firstAuthor, year, title, journal, pmid, doi, url } of c.sources) {
      if (!seen.has(id)) seen.set(id, { id, firstAuthor, year, title, journal, pmid, doi, url });
    }
  }
  return [...seen.values()];
}
