import { describe, expect, it } from "vitest";
import { formatResult, parseColumns, DEFAULT_COLUMNS } from "./claim-columns";

const base = { effectType: "or", value: null, ciLow: null, ciHigh: null, unit: null, intervention: null, control: null, p: null };

describe("formatResult", () => {
  it("writes effect, CI, arms and p the way a clinician reads them", () => {
    expect(formatResult({ ...base, value: 2.5, ciLow: 1.2, ciHigh: 5.1, intervention: "30%", control: "10%", p: "0.01" })).toBe(
      "OR 2.5 (95% CI 1.2 to 5.1); 30% vs 10%; p = 0.01",
    );
    expect(formatResult({ ...base, effectType: "mean-difference", value: -3.8, unit: "MADRS points", p: "<0.001" })).toBe("MD -3.8 MADRS points; p <0.001");
    expect(formatResult({ ...base, effectType: "proportion", value: 27.1, unit: "%", p: "P=.003" })).toBe("27.1 %; P=.003");
    expect(formatResult(null)).toBe("");
  });
});

describe("parseColumns", () => {
  it("defaults, keeps the table's order, and names unknown columns", () => {
    expect(parseColumns(undefined)).toEqual({ ok: true, columns: DEFAULT_COLUMNS });
    expect(parseColumns("source,level")).toEqual({ ok: true, columns: ["level", "source"] });
    expect(parseColumns("level,price")).toMatchObject({ ok: false, message: expect.stringMatching(/unknown column price/) });
  });
});
