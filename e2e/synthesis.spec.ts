import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";

// Live meta-analysis and summary of findings, driven through URLs and forms as a clinician would.

type Option = { query: string; label: string; k: number };

test("every analysis the options list offers pools at least two studies, and the page agrees with the API", async ({ page, request }) => {
  const { options } = (await (await request.get("/api/synthesis/options")).json()) as { options: Option[] };
  expect(options.length).toBeGreaterThan(0);
  for (const o of options) {
    const api = await (await request.get(`/api/synthesis?${o.query}`)).json();
    expect(api.studies.length, o.query).toBe(o.k);
    expect(api.pooled?.k, o.query).toBe(o.k);
  }
  const first = options[0];
  const api = await (await request.get(`/api/synthesis?${first.query}`)).json();
  await page.goto(`/synthesis?${first.query}`);
  await expect(page.getByTestId("synthesis-table").locator("tbody tr")).toHaveCount(api.studies.length);
  await expect(page.getByTestId("forest-plot").locator("g[data-study]")).toHaveCount(api.studies.length);
  await expect(page.getByTestId("forest-pooled")).toBeVisible();
  await expect(page.getByTestId("pooled-estimate")).toContainText("95% CI");
  await expect(page.getByTestId("exploratory-note")).toContainText("not a guideline");
});

test("reproduces the ASPIRE I + II pooled MADRS difference at 24 h from the two trials' published estimates", async ({ request }) => {
  // Canuso 2021 (post hoc pooled analysis of ASPIRE I and II): LS mean difference −3.8 (95% CI −5.75 to −1.89).
  const api = await (await request.get("/api/synthesis?outcome=depression-score&comparator=inert-placebo&drug=esketamine&subtype=suicidal-ideation&measure=md&prefer=estimates&tau2=DL&ci=wald")).json();
  expect(api.studies.map((s: { sourceIds: string[] }) => s.sourceIds[0]).sort()).toEqual(["fu-2020-aspire-i", "ionescu-2021-aspire-ii"]);
  expect(Math.abs(api.pooled.estimate - -3.8)).toBeLessThan(0.06); // two-stage inverse-variance vs the paper's pooled MMRM: −3.85 here
  expect(Math.abs(api.pooled.ciLow - -5.75)).toBeLessThan(0.05);
  expect(Math.abs(api.pooled.ciHigh - -1.89)).toBeLessThan(0.05);
  expect(api.pooled.tau2).toBe(0);
});

test("one study is shown but not pooled, with the reason; a bad value is a 400 naming the parameter", async ({ page, request }) => {
  const api = await (await request.get("/api/synthesis?outcome=relapse&window=later&comparator=inert-placebo")).json();
  expect(api.pooled).toBeNull();
  expect(api.reason).toMatch(/at least two studies|no study/);
  await page.goto("/synthesis?outcome=relapse&window=later&comparator=inert-placebo");
  await expect(page.getByTestId("no-pooling")).toContainText("Not pooled");
  const bad = await request.get("/api/synthesis?outcome=happiness");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toContain("outcome must be one of");
  await page.goto("/synthesis?tau2=ML");
  await expect(page.getByTestId("query-error")).toContainText("tau2");
});

test("exports the study rows with the pooled row (CSV) and the forest plot (SVG)", async ({ page, request }) => {
  const { options } = (await (await request.get("/api/synthesis/options")).json()) as { options: Option[] };
  await page.goto(`/synthesis?${options[0].query}`);
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^ketamine-evidence_synthesis_.*\.svg$/);
  const svg = await readFile((await svgDownload.path())!, "utf8");
  expect(svg).toContain("<svg");
  expect(svg).toContain("Random effects (k = ");
  const csv = await (await request.get(`/api/synthesis?${options[0].query}&format=csv`)).text();
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(1 + options[0].k + 1);
  expect(lines[lines.length - 1]).toContain("Random effects");
});

test("the forest plot works on a phone, prints, and has no serious accessibility violation", async ({ browser, request }) => {
  const { options } = (await (await request.get("/api/synthesis/options")).json()) as { options: Option[] };
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/synthesis?${options[0].query}`);
  const box = await page.getByTestId("forest-plot").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("forest-plot")).toBeVisible();
  await expect(page.locator("form.filters")).toBeHidden();
  await context.close();
});

test("summary of findings: one row per outcome, each with its basis, certainty and a plain sentence", async ({ page, request }) => {
  const api = await (await request.get("/api/summary")).json();
  expect(api.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
    "response",
    "remission",
    "depression-score",
    "suicidal-ideation-score",
    "relapse",
    "dissociation",
    "blood-pressure",
    "dropout-ae",
  ]);
  await page.goto("/summary");
  const table = page.getByTestId("sof");
  await expect(table.locator("tbody tr")).toHaveCount(8);
  const published = api.rows.find((r: { basis: string }) => r.basis === "published");
  if (published) {
    const row = table.locator(`tr[data-outcome="${published.outcome}"]`);
    await expect(row).toContainText(published.relative);
    await expect(row.getByRole("link", { name: "published meta-analysis" })).toHaveAttribute("href", `/claims/${published.claimId}`);
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
