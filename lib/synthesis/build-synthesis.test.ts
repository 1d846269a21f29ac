import { describe, expect, it } from "vitest";
import { armDto as arm, claimDto } from "../../tests/fixtures/claim-dto";
import { synthesisQuerySchema, parseSynthesisQuery, serializeSynthesisQuery } from "../schemas/synthesis-query";
import { buildSynthesis, defaultMeasure } from "./build-synthesis";

const trial = (id: string, e1: number, n1: number, e2: number, n2: number, hours = 24, comparatorType = "inert-placebo", source = `src-${id}`) =>
  claimDto(
    id,
    { outcomeKey: "response", timepoint: { label: `${hours} h`, hours }, arms: [arm("intervention", { events: e1, n: n1 }), arm("comparator", { events: e2, n: n2, comparatorType })] },
    { id: source },
  );

const q = (raw: Record<string, string> = {}) => synthesisQuerySchema.parse(raw);

describe("defaultMeasure and the default drugs", () => {
  const cont = { data: { type: "continuous" as const, m1: -10, sd1: 8, n1: 20, m2: -5, sd2: 8, n2: 20 } };
  const md = { data: { type: "generic" as const, estimate: -4, ciLow: -7, ciHigh: -1 }, genericMeasure: "md" as const };
  const smd = { data: { type: "generic" as const, estimate: -0.4, ciLow: -0.7, ciHigh: -0.1 }, genericMeasure: "smd" as const };
  it("chooses the scale measure that keeps the most studies, standardising on a tie", () => {
    expect(defaultMeasure("suicidal-ideation-score", [cont, md, md])).toBe("md");
    expect(defaultMeasure("depression-score", [cont, md, smd])).toBe("smd");
    expect(defaultMeasure("depression-score", [cont, cont])).toBe("smd");
    expect(defaultMeasure("response", [md])).toBe("rr");
  });
  it("puts a published risk difference in percentage points on the proportion scale of arm counts", () => {
    const published = claimDto("pp", { outcomeKey: "response", timepoint: { label: "24 h", hours: 24 }, estimates: [{ measure: "rd", value: 15.2, ciLow: 2.1, ciHigh: 28.2, ciLevel: 95, label: null, unit: "percentage points", p: null, n: null, k: null }], arms: [arm("intervention", {}), arm("comparator", {})] });
    const s = buildSynthesis([published, trial("counts", 10, 20, 5, 20)], q({ measure: "rd" }));
    expect(s.studies.find((x) => x.id === "pp")!.yi).toBeCloseTo(0.152, 10);
    expect(s.studies.find((x) => x.id === "counts")!.yi).toBeCloseTo(0.25, 10);
  });
  it("pools ketamine forms unless another drug is asked for", () => {
    const other = claimDto("esmethadone", { drugs: ["esmethadone"], outcomeKey: "response", timepoint: { label: "24 h", hours: 24 }, arms: [arm("intervention", { events: 9, n: 20, drug: "esmethadone" }), arm("comparator", { events: 3, n: 20, comparatorType: "inert-placebo" })] });
    const ketamine = trial("k", 10, 20, 3, 20);
    expect(buildSynthesis([ketamine, other], q()).studies.map((x) => x.id)).toEqual(["k"]);
    expect(buildSynthesis([ketamine, other], q({ drug: "esmethadone" })).studies.map((x) => x.id)).toEqual(["esmethadone"]);
  });
});

describe("buildSynthesis", () => {
  const claims = [trial("a", 10, 20, 3, 20), trial("b", 8, 15, 2, 15), trial("c", 12, 30, 6, 30, 24, "active-placebo"), trial("late", 5, 10, 1, 10, 672)];

  it("pools the trials of one outcome, window and comparison, with weights summing to 100%", () => {
    const s = buildSynthesis(claims, q());
    expect(s.measure).toBe("rr");
    expect(s.studies.map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(s.pooled?.k).toBe(3);
    expect(s.studies.reduce((t, x) => t + (x.weight ?? 0), 0)).toBeCloseTo(100, 8);
    expect(s.pooled!.piLow).not.toBeNull();
    expect(s.warnings.join(" ")).toMatch(/Inert \(saline\) and active \(midazolam\) placebos are pooled together/);
  });

  it("keeps the comparator and the window apart, and explains why it does not pool one study", () => {
    const inert = buildSynthesis(claims, q({ comparator: "inert-placebo" }));
    expect(inert.studies.map((x) => x.id)).toEqual(["a", "b"]);
    expect(inert.pooled!.piLow).toBeNull();
    const later = buildSynthesis(claims, q({ window: "weeks-2-5" }));
    expect(later.pooled).toBeNull();
    expect(later.reason).toMatch(/at least two studies/);
    expect(later.studies).toHaveLength(1);
  });

  it("uses one comparison per study, so a shared control arm is never counted twice", () => {
    const s = buildSynthesis([trial("d1", 5, 10, 2, 20, 24, "inert-placebo", "shared"), trial("d2", 9, 12, 2, 20, 24, "inert-placebo", "shared"), trial("e", 4, 10, 1, 10)], q());
    expect(s.studies.map((x) => x.id)).toEqual(["d2", "e"]);
    expect(s.excluded).toEqual([expect.objectContaining({ id: "d1", reason: expect.stringMatching(/shared control/) })]);
  });

  it("lists reviews' pooled results beside the live pooling instead of pooling them again", () => {
    const review = claimDto("review", { outcomeKey: "response", timepoint: { label: "24 h", hours: 24 }, k: 7, estimates: [{ measure: "or", value: 3.9, ciLow: 1.5, ciHigh: 10, ciLevel: 95, label: null, unit: null, p: null, n: null, k: 7 }], arms: [arm("intervention", {}), arm("comparator", {})] }, { design: "meta-analysis" });
    const s = buildSynthesis([...claims, review], q());
    expect(s.studies.map((x) => x.id)).not.toContain("review");
    expect(s.published).toEqual([expect.objectContaining({ id: "review", estimate: 3.9, k: 7 })]);
  });

  it("pools a published estimate from its CI, and leaves out what cannot give the chosen measure", () => {
    const generic = claimDto("g", { outcomeKey: "response", timepoint: { label: "1 day", hours: 24 }, estimates: [{ measure: "or", value: 2, ciLow: 1, ciHigh: 4, ciLevel: 95, label: null, unit: null, p: null, n: null, k: null }], arms: [arm("intervention", {}), arm("comparator", {})] });
    const or = buildSynthesis([...claims, generic], q({ measure: "or" }));
    expect(or.studies.map((x) => x.id)).toContain("g");
    expect(or.warnings.join(" ")).toMatch(/published between-group estimate/);
    const rr = buildSynthesis([...claims, generic], q({ measure: "rr" }));
    expect(rr.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ id: "g", reason: expect.stringMatching(/published only as OR/) })]));
  });

  it("tests subgroups and leaves each study out in turn", () => {
    const s = buildSynthesis(claims, q({ by: "comparator" }));
    expect(s.subgroups?.groups.map((g) => [g.key, g.k])).toEqual([["active-placebo", 1], ["inert-placebo", 2]]);
    expect(s.leaveOneOut).toHaveLength(3);
  });
});

describe("the synthesis query", () => {
  it("names a bad parameter and keeps canonical links stable", () => {
    const bad = parseSynthesisQuery({ outcome: "happiness" });
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/outcome must be one of/) });
    expect(parseSynthesisQuery({ tau2: "ML" })).toMatchObject({ ok: false, message: expect.stringMatching(/tau2/) });
    expect(serializeSynthesisQuery(q({ outcome: "remission", comparator: "active-placebo" }))).toBe("outcome=remission&comparator=active-placebo");
  });
});
