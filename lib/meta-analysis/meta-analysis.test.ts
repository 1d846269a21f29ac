import { describe, expect, it } from "vitest";
import { effectSize, toNatural } from "./effect-sizes";
import fixtures from "./fixtures/statsmodels.json";
import { leaveOneOut, pool, subgroupTest, tau2DL } from "./random-effects";

// metafor's dat.bcg (Colditz et al. 1994), tpos, tneg, cpos, cneg — the documented example of rma().
const BCG = [
  [4, 119, 11, 128], [6, 300, 29, 274], [3, 228, 11, 209], [62, 13536, 248, 12619], [33, 5036, 47, 5761],
  [180, 1361, 372, 1079], [8, 2537, 10, 619], [505, 87886, 499, 87892], [29, 7470, 45, 7232], [17, 1699, 65, 1600],
  [186, 50448, 141, 27197], [5, 2493, 3, 2338], [27, 16886, 29, 17825],
];
const bcg = BCG.map(([a, b, c, d]) => effectSize({ type: "binary", e1: a, n1: a + b, e2: c, n2: c + d }, "rr"));
const y = bcg.map((e) => e.yi);
const v = bcg.map((e) => e.vi);

describe("random-effects pooling reproduces metafor's documented BCG example (13 trials, log RR)", () => {
  it("REML: τ² 0.3132, μ −0.7145", () => {
    const r = pool(y, v, { tau2: "REML", ci: "wald" });
    expect(r.tau2).toBeCloseTo(0.3132, 4);
    expect(r.estimate).toBeCloseTo(-0.7145, 4);
    expect(r.i2).toBeCloseTo(92.22, 1);
  });

  it("DL: τ² 0.3088, μ −0.7141, SE 0.1787; Q 152.2 on 12 df", () => {
    const r = pool(y, v, { tau2: "DL", ci: "wald" });
    expect(r.tau2).toBeCloseTo(0.3088, 4);
    expect(r.estimate).toBeCloseTo(-0.7141, 4);
    expect(r.se).toBeCloseTo(0.178742, 5);
    expect(r.q).toBeCloseTo(152.23, 1);
    expect(r.qDf).toBe(12);
  });

  it("DL with Knapp–Hartung: CI −1.1078 to −0.3204; prediction interval on t(11)", () => {
    const r = pool(y, v, { tau2: "DL", ci: "HK" });
    expect(r.ciLow).toBeCloseTo(-1.107821, 5);
    expect(r.ciHigh).toBeCloseTo(-0.320413, 5);
    expect(r.piLow).not.toBeNull();
    expect(r.piHigh! - r.piLow!).toBeGreaterThan(r.ciHigh - r.ciLow);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 8);
  });
});

describe("agrees with an independent implementation (statsmodels fixtures, scripts/meta-analysis-fixtures.py)", () => {
  it.each(fixtures.cases.map((c) => [`${c.name} ${c.tau2Method}`, c] as const))("%s", (_name, c) => {
    const method = c.tau2Method as "DL" | "PM";
    const wald = pool(c.y, c.v, { tau2: method, ci: "wald" });
    expect(wald.tau2).toBeCloseTo(c.tau2, 5);
    expect(wald.estimate).toBeCloseTo(c.estimate, 5);
    expect(wald.ciLow).toBeCloseTo(c.waldCi[0], 4);
    expect(wald.ciHigh).toBeCloseTo(c.waldCi[1], 4);
    expect(wald.q).toBeCloseTo(c.q, 4);
    const hk = pool(c.y, c.v, { tau2: method, ci: "HK" });
    expect(hk.ciLow).toBeCloseTo(c.hkCi[0], 4);
    expect(hk.ciHigh).toBeCloseTo(c.hkCi[1], 4);
  });
});

describe("effect sizes (Cochrane Handbook ch. 6 and 10)", () => {
  it("adds 0.5 to every cell of a study with a zero cell for RR and OR, not for RD", () => {
    const rr = effectSize({ type: "binary", e1: 5, n1: 20, e2: 0, n2: 20 }, "rr");
    expect(rr.yi).toBeCloseTo(Math.log(5.5 / 21 / (0.5 / 21)), 10);
    expect(rr.vi).toBeCloseTo(1 / 5.5 - 1 / 21 + 1 / 0.5 - 1 / 21, 10);
    const rd = effectSize({ type: "binary", e1: 5, n1: 20, e2: 0, n2: 20 }, "rd");
    expect(rd.yi).toBeCloseTo(0.25, 10);
  });

  it("computes Hedges' g with J = 1 − 3/(4(n1+n2) − 9) and its variance", () => {
    const g = effectSize({ type: "continuous", m1: -15.3, sd1: 11.2, n1: 26, m2: -8.8, sd2: 9.4, n2: 28 }, "smd");
    const sp = Math.sqrt((25 * 11.2 ** 2 + 27 * 9.4 ** 2) / 52);
    const j = 1 - 3 / (4 * 54 - 9);
    expect(g.yi).toBeCloseTo((j * -6.5) / sp, 10);
    expect(g.vi).toBeCloseTo(54 / (26 * 28) + g.yi ** 2 / (2 * 54), 10);
  });

  it("turns a published ratio and its 95% CI into a log-scale variance", () => {
    const e = effectSize({ type: "generic", estimate: 3.7, ciLow: 1.9, ciHigh: 7.3 }, "or");
    expect(e.yi).toBeCloseTo(Math.log(3.7), 10);
    expect(Math.sqrt(e.vi)).toBeCloseTo((Math.log(7.3) - Math.log(1.9)) / (2 * 1.959964), 10);
    expect(toNatural(e.yi, "or")).toBeCloseTo(3.7, 10);
  });
});

describe("small k, subgroups and leave-one-out", () => {
  it("gives no prediction interval below 3 studies and τ² 0 for one study", () => {
    const two = pool(y.slice(0, 2), v.slice(0, 2), { tau2: "REML", ci: "HK" });
    expect(two.piLow).toBeNull();
    const one = pool(y.slice(0, 1), v.slice(0, 1), { tau2: "REML", ci: "HK" });
    expect(one.tau2).toBe(0);
    expect(one.estimate).toBeCloseTo(y[0], 10);
  });

  it("tests subgroup differences with Q between subgroups on g − 1 df", () => {
    const a = pool(y.slice(0, 6), v.slice(0, 6), { tau2: "DL", ci: "wald" });
    const b = pool(y.slice(6), v.slice(6), { tau2: "DL", ci: "wald" });
    const t = subgroupTest([a, b]);
    expect(t.df).toBe(1);
    const w = [1 / a.se ** 2, 1 / b.se ** 2];
    const mu = (w[0] * a.estimate + w[1] * b.estimate) / (w[0] + w[1]);
    expect(t.q).toBeCloseTo(w[0] * (a.estimate - mu) ** 2 + w[1] * (b.estimate - mu) ** 2, 10);
  });

  it("leaves each study out in turn", () => {
    const loo = leaveOneOut(y, v, { tau2: "DL", ci: "wald" });
    expect(loo).toHaveLength(13);
    expect(loo[0]!.k).toBe(12);
    expect(loo[0]!.tau2).toBeCloseTo(tau2DL(y.slice(1), v.slice(1)), 12);
  });
});
