import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralises %j", (hostile, safe) => {
    expect(neutraliseFormula(hostile)).toBe(safe);
  });

  it.each(["-3.8", "+1", "-0.45", "1e-3", "Ketamine 0.5 mg/kg", "≥50% MADRS reduction", "", "a=b"])("leaves %j as it is", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});
