import { describe, expect, it } from "vitest";
import { claimDto } from "../../tests/fixtures/claim-dto";
import { buildComparison, headToHead } from "./build-comparison";
import { ROUTE_ROWS, routeColumns } from "./route-rows";
import { claimInArm, armById } from "./arms";

const claims = [
  claimDto("iv-ma", { level: 1 }, { design: "meta-analysis", n: 600 }),
  claimDto("iv-rct", { level: 2 }),
  claimDto("iv-onset-late", { category: "onset", timepoint: { label: "24 h", hours: 24 } }),
  claimDto("iv-onset-early", { category: "onset", timepoint: { label: "40 min", hours: 0.67 } }),
  claimDto("esk-ae", { routes: ["intranasal"], drugs: ["esketamine"], category: "adverse-effect", adverseEffect: { name: "dissociation", label: "d", term: "short-term", incidence: "26%", percent: 26 } }),
  claimDto("in-racemic", { routes: ["intranasal"], drugs: ["racemic-ketamine"] }),
  claimDto("h2h-im", { routes: ["intramuscular"] }, { id: "trial-x", design: "rct" }),
  claimDto("h2h-iv", { routes: ["iv"] }, { id: "trial-x", design: "rct" }),
  claimDto("review-im", { routes: ["intramuscular"] }, { id: "review-y", design: "narrative-review" }),
  claimDto("review-iv", { routes: ["iv"] }, { id: "review-y", design: "narrative-review" }),
];

describe("route comparison", () => {
  it("puts intranasal esketamine and intranasal racemic ketamine in separate columns", () => {
    expect(claimInArm(claims[4], armById("intranasal-esketamine"))).toBe(true);
    expect(claimInArm(claims[4], armById("intranasal-racemic"))).toBe(false);
    expect(claimInArm(claims[5], armById("intranasal-racemic"))).toBe(true);
  });

  it("lists the strongest efficacy claims first and the earliest onset first", () => {
    const table = buildComparison(claims, routeColumns(["iv-racemic", "intranasal-esketamine"]), ROUTE_ROWS);
    const row = (id: string) => table.rows.find((r) => r.id === id)!;
    expect(row("efficacy").cells["iv-racemic"].claims.map((c) => c.id)).toEqual(["iv-ma", "h2h-iv", "iv-rct"]);
    expect(row("efficacy").cells["iv-racemic"].total).toBe(4);
    expect(row("onset").cells["iv-racemic"].claims.map((c) => c.id)).toEqual(["iv-onset-early", "iv-onset-late"]);
    expect(row("adverse-effects").cells["intranasal-esketamine"].claims[0]).toMatchObject({ id: "esk-ae", detail: "26%" });
    expect(row("efficacy").cells["intranasal-esketamine"].claims).toEqual([]);
    expect(row("evidence").cells["iv-racemic"].summary).toBe("Best: Level 1 · 6 claims from 6 sources");
  });

  it("calls a comparison direct only when one primary study covers both routes", () => {
    const columns = routeColumns(["iv-racemic", "intramuscular"]);
    expect(headToHead(claims, columns)).toEqual([{ sourceId: "trial-x", label: "Author A 2020", columns: ["iv-racemic", "intramuscular"] }]);
    expect(headToHead(claims, routeColumns(["iv-racemic", "intranasal-esketamine"]))).toEqual([]);
  });
});
