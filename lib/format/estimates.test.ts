import { describe, expect, it } from "vitest";
import { formatArmFigure, formatArms, formatEstimate, formatEstimates, num } from "./estimates";

describe("formatEstimate", () => {
  it("keeps each CI beside its own estimate, with true minus signs", () => {
    const md = { measure: "md", value: -3.16, ciLow: -8.54, ciHigh: 2.22, label: "Adjusted mean difference", unit: "MADRS points", p: ".25" };
    const d = { measure: "smd", value: -0.29, label: "Cohen d" };
    expect(formatEstimate(md)).toBe("Adjusted mean difference: MD −3.16 MADRS points (95% CI −8.54 to 2.22); P = .25");
    expect(formatEstimates([md, d])).toBe("Adjusted mean difference: MD −3.16 MADRS points (95% CI −8.54 to 2.22); P = .25 · Cohen d: SMD −0.29");
  });

  it("writes percentages, other confidence levels, a CI without a point estimate and P thresholds", () => {
    expect(formatEstimate({ measure: "percent", value: 29, ciLow: 27, ciHigh: 31, ciLevel: 90, unit: "%" })).toBe("29% (90% CI 27 to 31)");
    expect(formatEstimate({ measure: "rd", ciLow: 2, ciHigh: 30, unit: "percentage points" })).toBe("RD 95% CI 2 to 30 percentage points");
    expect(formatEstimate({ measure: "or", value: 3.7, ciLow: 1.9, ciHigh: 7.3, p: "<0.001" })).toBe("OR 3.7 (95% CI 1.9 to 7.3); P <0.001");
    expect(num(-0.5)).toBe("−0.5");
  });
});

describe("arms", () => {
  it("prints events over total with the percent, a percent alone, or a mean with its SD", () => {
    expect(formatArmFigure({ label: "k", role: "intervention", events: 55, total: 91, percent: 60.4 })).toBe("55/91 (60.4%)");
    expect(formatArmFigure({ label: "k", role: "intervention", percent: 7 })).toBe("7%");
    expect(formatArmFigure({ label: "k", role: "intervention", mean: -15.3, sd: 11.2, meanType: "change", n: 26 })).toBe("mean change −15.3 (SD 11.2)");
    expect(formatArms([{ label: "ketamine", role: "intervention", events: 9, total: 30 }, { label: "saline", role: "comparator", events: 1, total: 20 }])).toBe(
      "ketamine: 9/30 vs saline: 1/20",
    );
  });
});
