import { describe, expect, it } from "vitest";
import { baseLevel, checkLevel, DESIGN_LEVEL, LEVEL_TEXT } from "./evidence-levels";
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
