import { describe, expect, it } from "vitest";
import { toCsl, toCslName } from "./to-csl";

describe("toCsl", () => {
  it("splits Vancouver-style names and keeps organisations literal", () => {
    expect(toCslName("Anand A")).toEqual({ family: "Anand", given: "A" });
    expect(toCslName("Zarate CA Jr")).toEqual({ literal: "Zarate CA Jr" });
    expect(toCslName("European Medicines Agency")).toEqual({ literal: "European Medicines Agency" });
  });

  it("maps a journal article with its identifiers and a regulatory document as such", () => {
    const base = { id: "x", title: "T", authors: ["Anand A"], journal: "N Engl J Med", year: 2023, pmid: "37224232", doi: "10.1056/NEJMoa2302399", pmcid: null, url: null, design: "rct" };
    expect(toCsl(base)).toEqual({
      id: "x",
      type: "article-journal",
      title: "T",
      author: [{ family: "Anand", given: "A" }],
      issued: { "date-parts": [[2023]] },
      "container-title": "N Engl J Med",
      DOI: "10.1056/NEJMoa2302399",
      PMID: "37224232",
      URL: "https://pubmed.ncbi.nlm.nih.gov/37224232/",
    });
    expect(toCsl({ ...base, design: "regulatory", pmid: null, doi: null, url: "https://www.ema.europa.eu/x" })).toMatchObject({
      type: "legislation",
      publisher: "N Engl J Med",
      URL: "https://www.ema.europa.eu/x",
    });
  });
});
