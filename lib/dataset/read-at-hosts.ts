// Where a source may be recorded as read: its canonical page. PubMed and PMC, doi.org and the publisher,
// a regulator, a trial registry, or the authors' institutional repository — never a mirror, proxy, raw IP
// address, document-sharing site, library catalogue or summary service. A host is allowed when it equals an
// entry or is a subdomain of one. Add a host here only for one of those kinds, with the kind beside it.

export const CANONICAL_HOSTS: Record<string, string> = {
  // bibliographic databases of record
  "pubmed.ncbi.nlm.nih.gov": "PubMed",
  "pmc.ncbi.nlm.nih.gov": "PubMed Central",
  "ncbi.nlm.nih.gov": "NCBI (PubMed / PMC / Bookshelf)",
  "pubmed.gov": "PubMed (NLM's short domain)",
  "europepmc.org": "Europe PMC",
  "doi.org": "DOI resolver",
  // publishers
  "psychiatryonline.org": "American Psychiatric Association Publishing",
  "jamanetwork.com": "JAMA Network",
  "nejm.org": "New England Journal of Medicine",
  "bmj.com": "BMJ",
  "thelancet.com": "The Lancet",
  "sciencedirect.com": "Elsevier",
  "cell.com": "Cell Press",
  "biologicalpsychiatryjournal.com": "Biological Psychiatry (Elsevier)",
  "jad-journal.com": "Journal of Affective Disorders (Elsevier)",
  "ajgponline.org": "American Journal of Geriatric Psychiatry (Elsevier)",
  "jaacap.org": "JAACAP (Elsevier)",
  "goldjournal.net": "Urology (Elsevier)",
  "academic.oup.com": "Oxford University Press",
  "link.springer.com": "Springer",
  "nature.com": "Nature Portfolio",
  "science.org": "Science (AAAS)",
  "sciencemag.org": "Science (AAAS, former domain)",
  "em-consulte.com": "Elsevier Masson (Elsevier's French platform)",
  "onlinelibrary.wiley.com": "Wiley",
  "cochranelibrary.com": "Cochrane Library",
  "cambridge.org": "Cambridge University Press",
  "karger.com": "Karger",
  "frontiersin.org": "Frontiers",
  "psychiatrist.com": "Journal of Clinical Psychiatry (Physicians Postgraduate Press)",
  "journals.lww.com": "Wolters Kluwer",
  "tandfonline.com": "Taylor & Francis",
  "journals.sagepub.com": "SAGE",
  "jneurosci.org": "Journal of Neuroscience",
  "journals.plos.org": "PLOS",
  "liebertpub.com": "Mary Ann Liebert",
  "dovepress.com": "Dove Medical Press",
  "brieflands.com": "Brieflands (publisher of the Iranian Journal of Psychiatry and Behavioral Sciences)",
  "medigraphic.com": "Medigraphic (publisher of Revista Mexicana de Anestesiología)",
  "canjhealthtechnol.ca": "Canadian Journal of Health Technologies (CADTH's journal)",
  "pnas.org": "PNAS",
  "ascpt.onlinelibrary.wiley.com": "Clinical Pharmacology & Therapeutics (Wiley)",
  "bpspubs.onlinelibrary.wiley.com": "British Journal of Clinical Pharmacology (Wiley)",
  // regulators, agencies, registries
  "fda.gov": "US Food and Drug Administration",
  "accessdata.fda.gov": "FDA (Drugs@FDA, labels)",
  "dailymed.nlm.nih.gov": "DailyMed (US labels)",
  "ema.europa.eu": "European Medicines Agency",
  "ec.europa.eu": "European Commission (Union Register)",
  "federalregister.gov": "Federal Register",
  "govinfo.gov": "US Government Publishing Office",
  "deadiversion.usdoj.gov": "DEA Diversion Control",
  "nice.org.uk": "NICE",
  "cda-amc.ca": "Canada's Drug Agency (CADTH)",
  "healthquality.va.gov": "VA/DoD clinical practice guidelines",
  "clinicaltrials.gov": "ClinicalTrials.gov",
  "isrctn.com": "ISRCTN registry",
  // authors' institutional repositories
  "scholars.mssm.edu": "Icahn School of Medicine at Mount Sinai (authors' institution)",
  "uhra.herts.ac.uk": "University of Hertfordshire repository (authors' institution)",
  "eprints.mui.ac.ir": "Isfahan University of Medical Sciences repository (authors' institution)",
  "research.rug.nl": "University of Groningen research portal (co-author M. aan het Rot's institution)",
};

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

export function isCanonicalHost(host: string): boolean {
  const bare = host.replace(/^www\./, "");
  return Object.keys(CANONICAL_HOSTS).some((h) => bare === h || bare.endsWith(`.${h}`));
}
