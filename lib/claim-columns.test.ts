import { describe, expect, it } from "vitest";
import { claimFigures, parseColumns, DEFAULT_COLUMNS } from "./claim-columns";

describe("claimFigures", () => {
  it("shows the estimates, then the arm figures, then a harm's incidence per arm — or says none was reported", () => {
    const estimates = [{ measure: "or", value: 2.5, ciLow: 1.2, ciHigh: 5.1 }];
    const arms = [
      { label: "ketamine", role: "intervention", events: 15, n: 30 },
      { label: "saline", role: "comparator", events: 8, n: 30 },
    ];
    expect(claimFigures({ estimates, arms, adverseEffect: null })).toBe("OR 2.5 (95% CI 1.2 to 5.1) · ketamine: 15/30 vs saline: 8/30");
    expect(claimFigures({ estimates: [], arms: [], adverseEffect: { arms: [{ label: "esketamine", role: "intervention", percent: 26 }], notReported: null } })).toBe("esketamine: 26%");
    expect(claimFigures({ estimates: [], arms: [], adverseEffect: { arms: [], notReported: "abstract only" } })).toBe("no incidence reported");
  });
});

describe("parseColumns", () => {
  it("defaults, keeps the table's order, and names unknown columns", () => {
    expect(parseColumns(undefined)).toEqual({ ok: true, columns: DEFAULT_COLUMNS });
    expect(parseColumns("source,level")).toEqual({ ok: true, columns: ["level", "source"] });
    expect(parseColumns("level,price")).toMatchObject({ ok: false, message: expect.stringMatching(/unknown column price/) });
  });

  it("reads one value per ticked box (the no-JavaScript form) as the comma list", () => {
    expect(parseColumns(["source", "level"])).toEqual({ ok: true, columns: ["level", "source"] });
    expect(parseColumns([])).toEqual({ ok: true, columns: DEFAULT_COLUMNS });
    expect(parseColumns(["level", "price"])).toMatchObject({ ok: false, message: expect.stringMatching(/unknown column price/) });
  });
});
