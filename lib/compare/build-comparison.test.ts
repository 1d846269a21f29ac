import { describe, expect, it } from "vitest";
import { claimDto } from "../../tests/fixtures/claim-dto";
import { bestAnswerFirst, buildComparison, headToHead } from "./build-comparison";
import { ROUTE_ROWS, routeColumns } from "./route-rows";
import { claimInArm, armById } from "./arms";

const claims = [
  claimDto("iv-ma", { level: 1, certainty: "very-low", sampleSize: 16 }, { design: "meta-analysis", n: 16 }),
  claimDto("iv-rct", { level: 2, certainty: "moderate", sampleSize: 300 }),
  claimDto("iv-onset-late", { category: "onset", timepoint: { label: "24 h", hours: 24 } }),
  claimDto("iv-onset-early", { category: "onset", timepoint: { label: "40 min", hours: 0.67 } }),
  claimDto("esk-ae", {
    routes: ["intranasal"],
    drugs: ["esketamine"],
    category: "adverse-effect",
    sampleSize: null,
    adverseEffect: { name: "dissociation", label: "d", term: "short-term", arms: [{ label: "esketamine", role: "intervention", events: null, total: null, percent: 26 }], notReported: null, incidence: "esketamine: 26%", percent: 26 },
  }),
  claimDto("esmethadone-oral", { routes: ["oral"], drugs: ["esmethadone"] }),
  claimDto("in-racemic", { routes: ["intranasal"], drugs: ["racemic-ketamine"] }),
  claimDto("h2h-im", { routes: ["intramuscular"] }, { id: "trial-x", design: "rct" }),
  claimDto("h2h-iv", { routes: ["iv"] }, { id: "trial-x", design: "rct" }),
  claimDto("review-im", { routes: ["intramuscular"] }, { id: "review-y", design: "narrative-review" }),
  claimDto("review-iv", { routes: ["iv"] }, { id: "review-y", design: "narrative-review" }),
];

describe("route comparison", () => {
  it("puts intranasal esketamine and intranasal racemic ketamine in separate columns", () => {
    const byId = (id: string) => claims.find((c) => c.id === id)!;
    expect(claimInArm(byId("esk-ae"), armById("intranasal-esketamine"))).toBe(true);
    expect(claimInArm(byId("esk-ae"), armById("intranasal-racemic"))).toBe(false);
    expect(claimInArm(byId("in-racemic"), armById("intranasal-racemic"))).toBe(true);
  });

  it("lists the best evidence first — highest certainty, then largest sample, never the level number alone — and the earliest onset first", () => {
    const table = buildComparison(claims, routeColumns(["iv-racemic", "intranasal-esketamine"]), ROUTE_ROWS);
    const row = (id: string) => table.rows.find((r) => r.id === id)!;
    expect(row("efficacy").cells["iv-racemic"].claims.map((c) => c.id)).toEqual(["iv-rct", "h2h-iv", "review-iv"]);
    expect(row("efficacy").cells["iv-racemic"].total).toBe(4);
    expect(row("onset").cells["iv-racemic"].claims.map((c) => c.id)).toEqual(["iv-onset-early", "iv-onset-late"]);
    expect(row("adverse-effects").cells["intranasal-esketamine"].claims[0]).toMatchObject({ id: "esk-ae", detail: "esketamine: 26%", certainty: "moderate" });
    expect(row("efficacy").cells["intranasal-esketamine"].claims).toEqual([]);
    expect(row("evidence").cells["iv-racemic"].summary).toBe("Highest certainty: Moderate (Level 2, n = 300, Author A 2020) · 6 claims from 6 sources");
  });

  it("keeps other compounds out of the ketamine route columns", () => {
    expect(claimInArm(claims.find((c) => c.id === "esmethadone-oral")!, armById("oral"))).toBe(false);
  });

  it("calls a comparison direct only when one primary study covers both routes", () => {
    const columns = routeColumns(["iv-racemic", "intramuscular"]);
    expect(headToHead(claims, columns)).toEqual([{ sourceId: "trial-x", label: "Author A 2020", columns: ["iv-racemic", "intramuscular"] }]);
    expect(headToHead(claims, routeColumns(["iv-racemic", "intranasal-esketamine"]))).toEqual([]);
  });

  it("answers 'best' with each study's main comparison: a failed dose arm of a study with a main result comes after every other study's lead", () => {
    const trial = { id: "dose-ranging-trial", design: "rct" };
    const main = claimDto("trial-main", { certainty: "low", sampleSize: 61, comparison: "randomised" }, trial);
    const lowDose = claimDto("trial-low-dose", { certainty: "low", sampleSize: 37, comparison: "randomised", direction: "no-difference" }, trial);
    const other = claimDto("other-rct", { certainty: "low", sampleSize: 40, comparison: "randomised" }, { id: "other-trial" });
    const openLabel = claimDto("open-label", { certainty: "low", sampleSize: 300, comparison: "uncontrolled", direction: "within-group-change" }, { id: "cohort" });
    expect(bestAnswerFirst([lowDose, openLabel, other, main]).map((c) => c.id)).toEqual(["trial-main", "other-rct", "open-label", "trial-low-dose"]);
    // the only evidence there is still shows
    expect(bestAnswerFirst([lowDose]).map((c) => c.id)).toEqual(["trial-low-dose"]);
    // higher certainty still leads across studies, whatever the direction
    const null_ = claimDto("null-moderate", { certainty: "moderate", sampleSize: 20, comparison: "randomised", direction: "no-difference" }, { id: "null-trial" });
    expect(bestAnswerFirst([main, null_])[0].id).toBe("null-moderate");
  });

  it("ranks durability by certainty, not by the longest follow-up", () => {
    const review = claimDto("week-1-review", { category: "durability", level: 1, certainty: "moderate", sampleSize: 500, timepoint: { label: "1 week", hours: 168 } }, { id: "ma" });
    const followUp = claimDto("month-6-follow-up", { category: "durability", level: 3, certainty: "very-low", sampleSize: 30, timepoint: { label: "6 months", hours: 4380 } }, { id: "fu" });
    const table = buildComparison([followUp, review], routeColumns(["iv-racemic"]), ROUTE_ROWS);
    expect(table.rows.find((r) => r.id === "durability")!.cells["iv-racemic"].claims.map((c) => c.id)).toEqual(["week-1-review", "month-6-follow-up"]);
  });
});
