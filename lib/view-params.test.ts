import { describe, expect, it } from "vitest";
import { describeFilters, toSearchParams } from "./view-params";

describe("view params", () => {
  const params = { arm: ["iv-racemic", "oral"], subtype: ["trd"], route: [], by: "route", v: undefined };

  it("writes lists comma-separated and leaves out what is empty", () => {
    expect(toSearchParams(params).toString()).toBe("arm=iv-racemic%2Coral&subtype=trd&by=route");
  });

  it("describes the filters in clinical words", () => {
    expect(describeFilters(params)).toBe("routes: IV racemic ketamine, Oral ketamine; subtype: Treatment-resistant depression; grouped by: route");
    expect(describeFilters({ level: [1, 2] })).toBe("level: Level 1, Level 2");
    expect(describeFilters({})).toBe("");
  });
});
