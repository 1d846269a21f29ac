
type CitedSource = {
  id: string;
  title: string;
  firstAuthor: string;
  year: number;
  journal: string;
  pmid: string | null;
  doi: string | null;
  pmcid: string | null;
  registration: string | null;
  url: string | null;
  locator?: string;
};

/** Authors, journal, year, linked to PubMed, DOI, PMC and the trial registry. */
export function SourceCitation({ source }: { source: CitedSource }) {
  return (
    <span>
      <a href={`/sources/${source.id}`}>
        {source.firstAuthor} et al. {source.year}
      </a>
      . {source.title}. <em>{source.journal}</em>.{" "}
      {source.pmid ? (
        <a href={`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`} rel="noreferrer">
          PMID {source.pmid}
        </a>
      ) : null}{" "}
      {source.doi ? (
        <a href={`https://doi.org/${source.doi}`} rel="noreferrer">
          doi:{source.doi}
        </a>
      ) : null}{" "}
      {source.pmcid ? (
        <a href={`https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`} rel="noreferrer">
          {source.pmcid}
        </a>
      ) : null}{" "}
      {source.registration?.startsWith("NCT") ? (
        <a href={`https://clinicaltrials.gov/study/${source.registration}`} rel="noreferrer">
          {source.registration}
        </a>
      ) : (
        source.registration
      )}{" "}
      {!source.pmid && !source.doi && source.url ? (
        <a href={source.url} rel="noreferrer">
          Official page
        </a>
      ) : null}
      {source.locator ? <span className="muted"> — {source.locator}</span> : null}
    </span>
  );
}
