import { describe, expect, it } from "vitest";
import { claimDto } from "../../tests/fixtures/claim-dto";
import { buildSideEffectMatrix } from "./build-side-effect-matrix";

const ae = (id: string, name: string, routes: string[], percent: number | null, term: "short-term" | "long-term" = "short-term") =>
  claimDto(id, { category: "adverse-effect", routes, adverseEffect: { name, label: name, term, incidence: percent === null ? "reported" : `${percent}%`, percent } });

describe("buildSideEffectMatrix", () => {
  const claims = [
    ae("a", "dissociation", ["iv"], 10),
    ae("b", "dissociation", ["iv"], 40),
    ae("c", "dissociation", ["intranasal"], 26),
    ae("d", "nausea", ["oral"], null),
    ae("e", "urinary-tract", [], 20, "long-term"),
  ];

  it("gives the incidence range per effect and route, short- and long-term apart", () => {
    const m = buildSideEffectMatrix(claims, ["iv", "intranasal", "oral"]);
    const dissociation = m.shortTerm.find((r) => r.effect === "dissociation")!;
    expect(dissociation.cells.iv).toMatchObject({ min: 10, max: 40 });
    expect(dissociation.cells.iv.claims.map((c) => c.id)).toEqual(["b", "a"]);
    expect(dissociation.cells.intranasal).toMatchObject({ min: 26, max: 26 });
    expect(m.shortTerm.find((r) => r.effect === "nausea")!.cells.oral).toMatchObject({ min: null, max: null });
    expect(m.longTerm.map((r) => r.effect)).toEqual(["urinary-tract"]);
  });

  it("keeps claims without a route in their own column rather than dropping them", () => {
    const m = buildSideEffectMatrix(claims, ["iv"]);
    expect(m.columns).toEqual(["iv", "unstated"]);
    expect(m.longTerm[0].cells.unstated.claims.map((c) => c.id)).toEqual(["e"]);
    expect(m.shortTerm.map((r) => r.effect)).toEqual(["dissociation"]);
  });
});
