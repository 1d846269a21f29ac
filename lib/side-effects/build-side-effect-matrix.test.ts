import { describe, expect, it } from "vitest";
import { claimDto } from "../../tests/fixtures/claim-dto";
import { CELL_LIMIT, buildSideEffectMatrix } from "./build-side-effect-matrix";

const ae = (id: string, name: string, routes: string[], percent: number | null, term: "short-term" | "long-term" = "short-term", design = "rct", drugs = ["racemic-ketamine"]) =>
  claimDto(
    id,
    {
      category: "adverse-effect",
      routes,
      drugs,
      adverseEffect: {
        name,
        label: name,
        term,
        arms: percent === null ? [] : [{ label: "ketamine", role: "intervention", events: null, total: null, percent }],
        notReported: percent === null ? "abstract only" : null,
        incidence: percent === null ? null : `ketamine: ${percent}%`,
        percent,
      },
    },
    { design },
  );

describe("buildSideEffectMatrix", () => {
  const claims = [
    ae("a", "dissociation", ["iv"], 10),
    ae("b", "dissociation", ["iv"], 40),
    ae("c", "dissociation", ["intranasal"], 26),
    ae("d", "nausea", ["oral"], null),
    ae("e", "urinary-tract", [], 20, "long-term", "cohort"),
    ae("f", "hepatic", ["iv"], 100, "long-term", "case-series"),
    ae("g", "dissociation", ["iv"], 90, "short-term", "rct", ["hydroxynorketamine"]),
  ];

  it("gives the incidence range per effect and route, short- and long-term apart", () => {
    const m = buildSideEffectMatrix(claims, ["iv", "intranasal", "oral"]);
    const dissociation = m.shortTerm.find((r) => r.effect === "dissociation")!;
    expect(dissociation.cells.iv).toMatchObject({ min: 10, max: 40 });
    expect(dissociation.cells.iv.claims.map((c) => c.id)).toEqual(["b", "a"]);
    expect(dissociation.cells.intranasal).toMatchObject({ min: 26, max: 26 });
    expect(m.shortTerm.find((r) => r.effect === "nausea")!.cells.oral).toMatchObject({ min: null, max: null });
    expect(dissociation.cells.iv.heading).toBe("10–40% (2 study arms with a rate)");
    expect(m.longTerm.map((r) => r.effect).sort()).toEqual(["hepatic", "urinary-tract"]);
  });

  it("shows a rate worked out from events/total to one decimal (55/91 is 60.4%, not 60.43956043956044%)", () => {
    const m = buildSideEffectMatrix([ae("k", "dissociation", ["iv"], (100 * 55) / 91), ae("l", "dissociation", ["iv"], (100 * 10) / 41)], ["iv"]);
    const cell = m.shortTerm[0].cells.iv;
    expect(cell.max).toBe((100 * 55) / 91);
    expect(cell.heading).toBe("24.4–60.4% (2 study arms with a rate)");
  });

  it("never builds a range from a case series, and says so in the cell's heading", () => {
    const hepatic = buildSideEffectMatrix(claims, ["iv"]).longTerm.find((r) => r.effect === "hepatic")!;
    expect(hepatic.cells.iv).toMatchObject({ min: null, max: null, rated: 0, heading: "Case reports or reports only: no rate" });
    expect(hepatic.cells.iv.claims[0]).toMatchObject({ id: "f", counts: false });
  });

  it("says 'no rate published' only when no claim in the cell has a rate", () => {
    const nausea = buildSideEffectMatrix(claims, ["oral"]).shortTerm.find((r) => r.effect === "nausea")!;
    expect(nausea.cells.oral.heading).toBe("No rate published");
  });

  it("leaves other compounds (e.g. hydroxynorketamine) out of the ketamine route columns", () => {
    const dissociation = buildSideEffectMatrix(claims, ["iv"]).shortTerm.find((r) => r.effect === "dissociation")!;
    expect(dissociation.cells.iv.claims.map((c) => c.id)).not.toContain("g");
    expect(dissociation.cells.iv.max).toBe(40);
  });

  it("keeps claims without a route in their own column rather than dropping them", () => {
    const m = buildSideEffectMatrix(claims, ["iv"]);
    expect(m.columns).toEqual(["iv", "unstated"]);
    expect(m.shortTerm.map((r) => r.effect)).toEqual(["dissociation"]);
    expect(m.longTerm.find((r) => r.effect === "urinary-tract")!.cells.unstated.claims.map((c) => c.id)).toEqual(["e"]);
  });

  it("lists at most CELL_LIMIT claims per cell, highest rate first, while the range and total rest on all of them", () => {
    const many = Array.from({ length: CELL_LIMIT + 5 }, (_, i) => ae(`m${i}`, "dissociation", ["iv"], i + 1));
    const cell = buildSideEffectMatrix(many, ["iv"]).shortTerm[0].cells.iv;
    expect(cell.claims).toHaveLength(CELL_LIMIT);
    expect(cell.total).toBe(CELL_LIMIT + 5);
    expect([cell.min, cell.max]).toEqual([1, CELL_LIMIT + 5]);
    expect(cell.claims[0].percent).toBe(CELL_LIMIT + 5);
  });
});
