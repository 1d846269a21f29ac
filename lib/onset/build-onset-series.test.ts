import { describe, expect, it } from "vitest";
import { claimDto } from "../../tests/fixtures/claim-dto";
import { MARKS_PER_GROUP, buildOnsetSeries, formatHours } from "./build-onset-series";

describe("buildOnsetSeries", () => {
  const claims = [
    claimDto("on-iv", { category: "onset", routes: ["iv"], timepoint: { label: "40 min", hours: 0.67 } }),
    claimDto("dur-in", { category: "durability", routes: ["intranasal"], subtypes: ["mdd"], timepoint: { label: "week 4", hours: 672 } }),
    claimDto("eff", { category: "efficacy", timepoint: { label: "24 h", hours: 24 } }),
    claimDto("no-hours", { category: "onset", timepoint: null }),
  ];

  it("places onset and durability claims on the time axis by route, in the vocabulary's order", () => {
    const s = buildOnsetSeries(claims, "route");
    expect(s.groups).toEqual(["Intravenous", "Intranasal"]);
    expect(s.points.map((p) => [p.claimId, p.kind, p.hours])).toEqual([
      ["on-iv", "onset", 0.67],
      ["dur-in", "durability", 672],
    ]);
  });

  it("groups by subtype and can narrow to chosen groups", () => {
    expect(buildOnsetSeries(claims, "subtype", ["mdd"]).points.map((p) => p.claimId)).toEqual(["dur-in"]);
  });

  it("writes hours in clinical units", () => {
    expect([0.67, 2, 24, 72, 672, 4380, 26280].map(formatHours)).toEqual(["40 min", "2 h", "24 h", "3 days", "4 weeks", "6 months", "3 years"]);
  });
});

describe("buildOnsetSeries at scale", () => {
  it("keeps the best-evidenced MARKS_PER_GROUP marks of a group and kind and counts the rest; plots suicidal-ideation marks", () => {
    const many = Array.from({ length: MARKS_PER_GROUP + 3 }, (_, i) =>
      claimDto(`on-${String(i).padStart(3, "0")}`, { category: "onset", routes: ["iv"], certainty: i === MARKS_PER_GROUP + 2 ? "high" : "low", timepoint: { label: `${i + 1} h`, hours: i + 1 } }),
    );
    const si = claimDto("si", { category: "suicidality", routes: ["iv"], timepoint: { label: "24 h", hours: 24 } });
    const s = buildOnsetSeries([...many, si], "route");
    expect(s.points.filter((p) => p.kind === "onset")).toHaveLength(MARKS_PER_GROUP);
    expect(s.omitted).toBe(3);
    expect(s.points.some((p) => p.claimId === `on-${String(MARKS_PER_GROUP + 2).padStart(3, "0")}`)).toBe(true);
    expect(s.points.find((p) => p.claimId === "si")?.kind).toBe("suicidality");
  });
});
