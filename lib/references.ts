import type { ClaimDto } from "../server/claims/claim-dto";

export type Reference = Pick<ClaimDto["sources"][number], "id" | "firstAuthor" | "year" | "title" | "journal" | "pmid" | "doi" | "url">;

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
