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
    ["CI low above high", { result: { effectType: "or", value: 2, ciLow: 3, ciHigh: 1 } }, "claims[0].result.ciLow", /CI low \(3\) is above CI high \(1\)/],
    ["value outside its CI", { result: { effectType: "or", value: 9, ciLow: 1, ciHigh: 3 } }, "claims[0].result.value", /outside its CI/],
    ["level lowered without reason", { level: 3 }, "claims[0].level", /state the reason in levelReason/],
    ["level lowered two steps", { level: 4, levelReason: "small" }, "claims[0].level", /does not follow/],
    ["level raised above its design", { level: 1 }, "claims[0].level", /does not follow/],
    ["adverse-effect claim without its effect", { category: "adverse-effect" }, "claims[0].adverseEffect", /needs adverseEffect/],
    ["bad slug", { id: "Not A Slug" }, "claims[0].id", /lowercase slug/],
    ["unknown field", { colour: "red" }, "claims[0]", /colour/],
  ])("rejects %s with file, path and rule", (_name, overrides, path, message) => {
    const errors = errorsFor(overrides);
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ file: "data/sources/gamma-2022-trial.json", path, message: expect.stringMatching(message) })]));
  });

  it("accepts a level lowered one step with its reason", () => {
    expect(errorsFor({ level: 3, levelReason: "n = 18 crossover" })).toEqual([]);
  });

  it.each([
    ["malformed PMID", { pmid: "PMID123" }, "source.pmid", /digits only/],
    ["malformed DOI", { doi: "https://doi.org/10.1/x" }, "source.doi", /10\.xxxx/],
    ["no identifier at all", { pmid: undefined }, "source.pmid", /PMID, a DOI or an official URL/],
    ["unknown design", { design: "anecdote" }, "source.design", /expected one of/],
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
