import { sourceUrl } from "../references";

// Sources as CSL-JSON items, the interchange format citation managers read (and citation-js writes
// RIS and BibTeX from).

export type CitableSource = {
  id: string;
  title: string;
  authors: string[];
  journal: string;
  year: number;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  kind?: string;
  pmid: string | null;
  doi: string | null;
  pmcid: string | null;
  url: string | null;
  design: string;
};

export type CslItem = {
  id: string;
  type: string;
  title: string;
  author: ({ family: string; given?: string } | { literal: string })[];
  issued: { "date-parts": number[][] };
  "container-title"?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
};

/** "Anand A" → family Anand, given A; an organisation or anything else stays literal. */
export function toCslName(name: string): CslItem["author"][number] {
  const m = /^(.+?)\s+([A-Z]{1,4})$/.exec(name.trim());
  return m ? { family: m[1], given: m[2] } : { literal: name.trim() };
}

const NON_JOURNAL: Record<string, string> = { label: "report", regulatory: "legislation", guideline: "report" };
const KIND_TYPE: Record<string, string> = { report: "report", guideline: "report", label: "report", "regulatory-document": "legislation", "registry-record": "dataset", "web-page": "webpage" };

export function toCsl(s: CitableSource): CslItem {
  const type = (s.kind && s.kind !== "journal-article" ? KIND_TYPE[s.kind] : undefined) ?? NON_JOURNAL[s.design] ?? "article-journal";
  const url = sourceUrl(s);
  return {
    id: s.id,
    type,
    title: s.title,
    author: s.authors.map(toCslName),
    issued: { "date-parts": [[s.year]] },
    ...(type === "article-journal" ? { "container-title": s.journal } : { publisher: s.journal }),
    ...(s.volume ? { volume: s.volume } : {}),
    ...(s.issue ? { issue: s.issue } : {}),
    ...(s.pages ? { page: s.pages } : {}),
    ...(s.doi ? { DOI: s.doi } : {}),
    ...(s.pmid ? { PMID: s.pmid } : {}),
    ...(s.pmcid ? { PMCID: s.pmcid } : {}),
    ...(url ? { URL: url } : {}),
  };
}
