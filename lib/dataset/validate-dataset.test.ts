import { describe, expect, it } from "vitest";
import { claimFixture, fileFixture, sourceFixture, validFixtureFiles } from "../../tests/fixtures/evidence-files";
import { validateDataset } from "./validate-dataset";

function errorsFor(claimOverrides: Record<string, unknown>, sourceOverrides: Record<string, unknown> = {}) {
  const files = [fileFixture(sourceFixture("gamma-2022-trial", sourceOverrides), [claimFixture("gamma-2022-trial-x", claimOverrides)])];
  return validateDataset(files).errors;
}

describe("validateDataset", () => {
  it("accepts a valid dataset and flattens its claims", () => {
    const { errors, dataset } = validateDataset(validFixtureFiles());
    expect(errors).toEqual([]);
    expect(dataset.sources.map((s) => s.id)).toEqual(["alpha-2020-trial", "beta-2021-review"]);
    expect(dataset.claims).toHaveLength(4);
  });

  it.each([
    ["unknown route", { routes: ["rectal"] }, "claims[0].routes[0]", /expected one of/],
    ["empty statement", { statement: "  " }, "claims[0].statement", /must not be empty/],
    ["CI low above high", { estimates: [{ measure: "or", value: 2, ciLow: 3, ciHigh: 1 }] }, "claims[0].estimates[0].ciLow", /CI low \(3\) is above CI high \(1\)/],
    ["an estimate outside its own CI", { estimates: [{ measure: "md", value: -3.16, ciLow: -8.54, ciHigh: 2.22 }, { measure: "smd", value: -9, ciLow: -1, ciHigh: 1 }] }, "claims[0].estimates[1].value", /outside its own CI/],
    ["a second estimate hidden in the unit text", { estimates: [{ measure: "md", value: -3.16, unit: "MADRS points; Cohen d = -0.29" }] }, "claims[0].estimates[0].unit", /statistic or a second figure/],
    ["a statistic in the P value", { estimates: [{ measure: "other", value: 1, p: "t(276) = 2.32, p = 0.02" }] }, "claims[0].estimates[0].p", /P value is the number/],
    ["figures in an arm's label", { arms: [{ label: "ketamine: 64% responded", role: "intervention" }] }, "claims[0].arms[0].label", /statistic or a second figure/],
    ["favours-ketamine without a comparator", { comparator: undefined }, "claims[0].direction", /needs a comparator/],
    ["favours-ketamine on an uncontrolled comparison", { comparison: "uncontrolled", level: 4 }, "claims[0].direction", /uncontrolled/],
    ["a harm without incidence or a note of where one was sought", { category: "adverse-effect", direction: "not-applicable", adverseEffect: { name: "nausea", label: "nausea", term: "short-term" } }, "claims[0].adverseEffect.arms", /incidence per arm/],
    ["an efficacy claim with no route", { routes: [] }, "claims[0].routes", /names its routes, or says allRoutes/],
    ["a regulatory claim with no subtype", { category: "regulatory", direction: "not-applicable", subtypes: [] }, "claims[0].subtypes", /names its subtypes/],
    ["a mechanism claim without its evidence base", { category: "mechanism", direction: "not-applicable" }, "claims[0].evidenceBase", /evidence base/],
    ["a level lowered for sample size alone", { level: 3, levelReason: "n = 18 crossover" }, "claims[0].levelReason", /sample size alone/],
    ["a source grade that is a description, not a grade", { sourceGrade: { system: "GRADE", rating: "expert consensus" } }, "claims[0].sourceGrade.rating", /GRADE rating is one of/],
    ["level lowered without reason", { level: 3 }, "claims[0].level", /state the reason in levelReason/],
    ["level lowered two steps", { level: 4, levelReason: "post hoc subgroup" }, "claims[0].level", /does not follow/],
    ["a non-randomised comparison at the level of a trial", { comparison: "non-randomised" }, "claims[0].level", /supported: 3/],
    ["level raised above its design", { level: 1 }, "claims[0].level", /does not follow/],
    ["adverse-effect claim without its effect", { category: "adverse-effect" }, "claims[0].adverseEffect", /needs adverseEffect/],
    ["bad slug", { id: "Not A Slug" }, "claims[0].id", /lowercase slug/],
    ["unknown field", { colour: "red" }, "claims[0]", /colour/],
    ["a studySource without its studyLabel", { studySource: "gamma-2022-trial" }, "claims[0].studySource", /give its studyLabel/],
    ["a studySource that does not exist", { studyLabel: "Delta 2019", studySource: "delta-2019-trial" }, "claims[0].studySource", /does not exist/],
  ])("rejects %s with file, path and rule", (_name, overrides, path, message) => {
    const errors = errorsFor(overrides);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ file: "data/sources/gamma-2022-trial.json", path, message: expect.stringMatching(message) })]));
  });

  it("judges a review's per-study row as one randomised trial, and links it to the trial's own source", () => {
    const review = sourceFixture("beta-2021-review", { design: "meta-analysis", pools: "randomised", pmid: "30000001", readAt: "https://pubmed.ncbi.nlm.nih.gov/30000001/" });
    const trial = sourceFixture("gamma-2022-trial");
    const row = (overrides: Record<string, unknown>) =>
      validateDataset([fileFixture(trial, []), fileFixture(review, [claimFixture("beta-2021-review-gamma-response", { studyLabel: "Gamma 2022", ...overrides })])]).errors;
    expect(row({ level: 2, studySource: "gamma-2022-trial" })).toEqual([]);
    expect(row({ level: 1 })).toEqual([expect.objectContaining({ path: "claims[0].level" })]);
    expect(row({ level: 2, studySource: "beta-2021-review" })).toEqual([expect.objectContaining({ path: "claims[0].studySource", message: expect.stringMatching(/not a randomised trial/) })]);
  });

  it("accepts a level lowered one step with its reason", () => {
    expect(errorsFor({ level: 3, levelReason: "post hoc subgroup after a failed primary endpoint" })).toEqual([]);
  });

  it("accepts a single-arm change with its own direction, and a fact that spans every route", () => {
    expect(errorsFor({ comparator: undefined, direction: "within-group-change", comparison: "uncontrolled", level: 4 })).toEqual([]);
    expect(errorsFor({ routes: [], allRoutes: true })).toEqual([]);
  });

  it("rejects an incidence from a case series, and a meta-analysis that pools uncontrolled studies at level 1", () => {
    const ae = { category: "adverse-effect", direction: "not-applicable", level: 4, adverseEffect: { name: "hepatic", label: "liver injury", term: "long-term", arms: [{ label: "cases", role: "intervention", events: 14, total: 14 }] } };
    expect(errorsFor(ae, { design: "case-series" })).toEqual([expect.objectContaining({ path: "claims[0].adverseEffect.arms", message: expect.stringMatching(/case-series cannot show how often/) })]);
    expect(errorsFor({ level: 1 }, { design: "meta-analysis", pools: "uncontrolled" })).toEqual([expect.objectContaining({ path: "claims[0].level", message: expect.stringMatching(/supported: 4/) })]);
    expect(errorsFor({ level: 2 }, { design: "pooled-analysis", pools: "randomised" })).toEqual([]);
  });

  it.each([
    ["malformed PMID", { pmid: "PMID123" }, "source.pmid", /digits only/],
    ["malformed DOI", { doi: "https://doi.org/10.1/x" }, "source.doi", /10\.xxxx/],
    ["no identifier at all", { pmid: undefined, kind: "report" }, "source.pmid", /PMID, a DOI or an official URL/],
    ["unknown design", { design: "anecdote" }, "source.design", /expected one of/],
    ["a journal article without any identifier", { pmid: undefined, url: "https://pubmed.ncbi.nlm.nih.gov/" }, "source.pmid", /journal article needs its PMID, DOI or PMCID/],
    ["a journal article without a PMID and no reason", { pmid: undefined, doi: "10.1000/x" }, "source.pmid", /needs its PMID \(or noPmid/],
    ["a readAt on a mirror", { readAt: "http://47.251.13.51:8081/pubmed/123" }, "source.readAt", /canonical page/],
    ["a readAt on a document-sharing site", { readAt: "https://www.scribd.com/document/1" }, "source.readAt", /canonical page/],
    ["a meta-analysis that does not say what it pools", { design: "meta-analysis" }, "source.pools", /says what it pools/],
  ])("rejects a source with %s", (_name, overrides, path, message) => {
    const errors = errorsFor({}, overrides);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringMatching(message) })]));
  });

  it("rejects a claim citing a source that does not exist", () => {
    const errors = errorsFor({ alsoCites: [{ source: "nobody-1999-ghost", locator: "p. 1" }] });
    expect(errors).toEqual([expect.objectContaining({ path: "claims[0].alsoCites[0].source", message: expect.stringMatching(/does not exist/) })]);
  });

  it("rejects duplicate claim ids, source ids and PMIDs across files", () => {
    const a = fileFixture(sourceFixture("delta-2020-a", { pmid: "33333333" }), [claimFixture("same-claim")]);
    const b = fileFixture(sourceFixture("delta-2020-b", { pmid: "33333333" }), [claimFixture("same-claim")]);
    const c = { ...fileFixture(sourceFixture("delta-2020-a", { pmid: "44444444" }), []), file: "data/sources/delta-2020-a.json" };
    const messages = validateDataset([a, b, c]).errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/duplicate claim id "same-claim"/),
        expect.stringMatching(/duplicate PMID 33333333/),
        expect.stringMatching(/duplicate source id "delta-2020-a"/),
      ]),
    );
  });

  it("requires the file name to match the source id", () => {
    const file = { ...fileFixture(sourceFixture("eps-2020-trial"), []), file: "data/sources/other-name.json" };
    expect(validateDataset([file]).errors).toEqual([expect.objectContaining({ path: "source.id", message: expect.stringMatching(/eps-2020-trial\.json/) })]);
  });

  it("reports a file that is not JSON", () => {
    const errors = validateDataset([{ file: "data/sources/broken.json", content: null, parseError: "Unexpected token" }]).errors;
    expect(errors).toEqual([{ file: "data/sources/broken.json", path: "(file)", message: "not valid JSON: Unexpected token" }]);
  });

  it("lists every error of a run at once", () => {
    const errors = errorsFor({ routes: ["rectal"], statement: "", level: 9 }, { doi: "nope" });
    expect(errors.length).toBeGreaterThanOrEqual(4);
  });
});
