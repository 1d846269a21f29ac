import { describe, expect, it } from "vitest";
import { baseLevel, certaintyRank, checkLevel, deriveCertainty, DESIGN_LEVEL, LEVEL_TEXT } from "./evidence-levels";
import { DESIGNS } from "./schemas/vocabulary";

describe("evidence levels", () => {
  it("maps every design to a level with rubric text", () => {
    for (const design of DESIGNS) expect(LEVEL_TEXT[DESIGN_LEVEL[design]]).toBeDefined();
  });

  it("takes the strongest design among a claim's sources", () => {
    expect(baseLevel(["preclinical", "rct"])).toBe(2);
    expect(baseLevel(["meta-analysis", "open-label"])).toBe(1);
  });

  it("accepts the design's level, or one step lower with a reason", () => {
    expect(checkLevel(2, undefined, ["rct"])).toBeNull();
    expect(checkLevel(3, "n = 12", ["rct"])).toBeNull();
    expect(checkLevel(3, " ", ["rct"])).toMatch(/state the reason/);
  });

  it("rejects raising a level or lowering it two steps", () => {
    expect(checkLevel(1, "strong", ["rct"])).toMatch(/does not follow/);
    expect(checkLevel(4, "weak", ["rct"])).toMatch(/does not follow/);
  });

  it("keeps level 5 at 5 (there is no level 6)", () => {
    expect(checkLevel(5, undefined, ["preclinical"])).toBeNull();
    expect(checkLevel(4, "x", ["preclinical"])).toMatch(/does not follow/);
  });
});

describe("levels from what a review pools and how a claim compares", () => {
  it("gives level 1 only to reviews pooling randomised comparisons", () => {
    expect(baseLevel([{ design: "meta-analysis", pools: "randomised" }])).toBe(1);
    expect(baseLevel([{ design: "meta-analysis", pools: "mixed" }])).toBe(3);
    expect(baseLevel([{ design: "systematic-review", pools: "uncontrolled" }])).toBe(4);
    expect(baseLevel([{ design: "pooled-analysis", pools: "randomised" }])).toBe(2);
  });

  it("caps a non-randomised or uncontrolled comparison inside a trial", () => {
    expect(baseLevel(["rct"], "non-randomised")).toBe(3);
    expect(baseLevel([{ design: "meta-analysis", pools: "randomised" }], "non-randomised")).toBe(3);
    expect(baseLevel(["rct"], "uncontrolled")).toBe(4);
  });
});

describe("certainty beside the level", () => {
  it("uses the source's own GRADE rating as given", () => {
    expect(deriveCertainty({ level: 1, base: 1, sourceGrade: { system: "GRADE", rating: "very low" }, n: 16 })).toEqual({
      certainty: "very-low",
      basis: "source-grade",
      reasons: ["the source's own GRADE rating"],
    });
  });

  it("lowers single small studies for imprecision by one rule: < 400 participants one step, < 100 two", () => {
    expect(deriveCertainty({ level: 2, base: 2, n: 676 }).certainty).toBe("high");
    expect(deriveCertainty({ level: 1, base: 1, n: 183 }).certainty).toBe("moderate");
    expect(deriveCertainty({ level: 2, base: 2, n: 16 }).certainty).toBe("low");
    expect(deriveCertainty({ level: 2, base: 2, n: null })).toMatchObject({ certainty: "moderate", reasons: expect.arrayContaining([expect.stringMatching(/not reported/)]) });
  });

  it("starts non-randomised evidence low and uncontrolled evidence very low, and counts a lowered level and stated downgrades", () => {
    expect(deriveCertainty({ level: 3, base: 3, n: 500 }).certainty).toBe("low");
    expect(deriveCertainty({ level: 4, base: 4, n: 5000 }).certainty).toBe("very-low");
    expect(deriveCertainty({ level: 3, base: 2, levelReason: "post hoc subgroup", n: 500 }).certainty).toBe("moderate");
    const r = deriveCertainty({ level: 2, base: 2, n: 500, downgrades: [{ domain: "risk-of-bias", reason: "functional unblinding" }] });
    expect(r).toMatchObject({ certainty: "moderate", reasons: expect.arrayContaining(["risk of bias: functional unblinding"]) });
  });

  it("does not rate level-5 evidence (mechanisms, labels, guidelines): certainty is null, not 'very low'", () => {
    expect(deriveCertainty({ level: 5, base: 5, n: 10 })).toEqual({ certainty: null, basis: null, reasons: [] });
  });

  it("orders certainty for 'best': high before moderate before low before very low before not assessed", () => {
    const sorted = ["low", null, "high", "very-low", "moderate"].sort((a, b) => certaintyRank(b) - certaintyRank(a));
    expect(sorted).toEqual(["high", "moderate", "low", "very-low", null]);
  });
});
