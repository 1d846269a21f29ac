import { describe, expect, it } from "vitest";
import { armDto as arm, claimDto } from "../../tests/fixtures/claim-dto";
import { buildSummaryOfFindings, perThousand } from "./summary-of-findings";


describe("summary of findings", () => {
  it("turns a ratio into an absolute effect per 1,000 at the assumed comparator risk", () => {
    expect(perThousand("rr", 2, 0.1)).toBe(200);
    expect(perThousand("or", 2.48, 0.259)).toBe(464);
  });

  it("takes a published meta-analysis first, with its own certainty, and otherwise pools the trials live", () => {
    const review = claimDto(
      "review-response",
      {
        outcomeKey: "response",
        timepoint: { label: "24 h", hours: 24 },
        certainty: "low",
        certaintyReasons: ["the source's own GRADE rating"],
        sampleSize: 185,
        k: 7,
        estimates: [{ measure: "or", value: 3.94, ciLow: 1.54, ciHigh: 10.1, ciLevel: 95, label: null, unit: null, p: null, n: null, k: 7 }],
        arms: [arm("intervention", { percent: 27.4 }), arm("comparator", { percent: 8.8 })],
      },
      { design: "meta-analysis" },
    );
    const trials = [
      ["t1", 10, 20, 3, 20],
      ["t2", 9, 20, 2, 20],
      ["t3", 12, 30, 4, 30],
    ].map(([id, e1, n1, e2, n2]) =>
      claimDto(String(id), { outcomeKey: "remission", timepoint: { label: "24 h", hours: 24 }, arms: [arm("intervention", { events: e1, n: n1 }), arm("comparator", { events: e2, n: n2 })] }, { id: `src-${id}` }),
    );
    const rows = buildSummaryOfFindings([review, ...trials], { subtype: [], route: [], comparator: ["inert-placebo"] });
    const response = rows.find((r) => r.outcome === "response")!;
    expect(response).toMatchObject({ basis: "published", claimId: "review-response", certainty: "low", studies: 7, participants: 185 });
    expect(response.absolute).toMatch(/^88 per 1,000 with the comparator; 275 per 1,000 with ketamine/);
    const remission = rows.find((r) => r.outcome === "remission")!;
    expect(remission).toMatchObject({ basis: "live", studies: 3, participants: 140 });
    expect(remission.certaintyReasons).toEqual(expect.arrayContaining(["imprecision: 140 participants"]));
    expect(remission.liveQuery).toMatch(/outcome=remission/);
    expect(rows.find((r) => r.outcome === "dissociation")).toMatchObject({ basis: "none", certainty: null });
  });
});
