import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";

test("compare routes: two routes picked, every cell matches the API", async ({ page, request }) => {
  await page.goto("/compare/routes");
  const form = page.getByRole("form", { name: "Choose routes and subtype" });
  // nothing ticked means every route (as in every view's picker), so two routes take two ticks
  for (const box of await form.getByRole("group", { name: "Routes to compare" }).getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await form.getByLabel("IV racemic ketamine").check();
  await form.getByLabel("Oral ketamine").check();
  await form.getByLabel("Treatment-resistant depression").check();
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/arm=iv-racemic&arm=oral&subtype=trd/);

  const api = await (await request.get("/api/compare/routes?arm=iv-racemic,oral&subtype=trd")).json();
  expect(api.columns.map((c: { id: string }) => c.id)).toEqual(["iv-racemic", "oral"]);
  const table = page.getByTestId("comparison");
  await expect(table.locator("thead th")).toHaveCount(3);
  for (const row of api.rows) {
    for (const col of ["iv-racemic", "oral"]) {
      const cell = table.locator(`tr[data-row="${row.id}"] td[data-col="${col}"]`);
      const expected = row.cells[col];
      if (expected.summary) await expect(cell).toHaveText(expected.summary);
      else expect(await cell.locator("li[data-claim-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")))).toEqual(expected.claims.map((c: { id: string }) => c.id));
    }
  }
  await expect(page.getByTestId("head-to-head")).toContainText(/Direct|Indirect/);
  await expect(page.getByTestId("view-meta")).toContainText("Treatment-resistant depression");
});

test("compare subtypes by route; a malformed value is explained", async ({ page, request }) => {
  await page.goto("/compare/subtypes?route=intranasal");
  const api = await (await request.get("/api/compare/subtypes?route=intranasal")).json();
  for (const col of api.columns) await expect(page.locator(`thead th[data-col="${col.id}"]`)).toContainText(`${col.claims} claims`);
  await expect(page.locator('tr[data-row="evidence"] td[data-col="trd"]')).toHaveText(api.rows.find((r: { id: string }) => r.id === "evidence").cells.trd.summary);
  await page.goto("/compare/subtypes?subtype=bipolar");
  await expect(page.getByTestId("query-error")).toContainText('unknown subtype "bipolar"');
});

test("side effects: the matrix shows published incidence ranges by route, short- and long-term apart", async ({ page, request }) => {
  await page.goto("/side-effects?route=iv,intranasal");
  const api = await (await request.get("/api/side-effects?route=iv,intranasal")).json();
  const dissociation = api.shortTerm.find((r: { effect: string }) => r.effect === "dissociation");
  expect(dissociation).toBeTruthy();
  const cell = dissociation.cells.intranasal;
  const shown = page.getByTestId("short-term").locator('tr[data-effect="dissociation"] td[data-col="intranasal"]');
  await expect(shown.locator("strong")).toHaveText(cell.heading);
  await expect(shown.locator("li[data-counts]")).toHaveCount(cell.claims.length);
  // a long cell lists its best-rated claims and counts the rest; the range rests on all of them
  if (cell.total > cell.claims.length) await expect(shown.getByTestId("more-claims")).toContainText(`${cell.total - cell.claims.length} more claims`);
  await expect(page.getByTestId("long-term")).toBeVisible();
});

test("onset chart: one mark per point, and a text table with the same rows", async ({ page, request }) => {
  const api = await (await request.get("/api/onset?by=route")).json();
  expect(api.points.length).toBeGreaterThan(0);
  await page.goto("/onset?by=route");
  await expect(page.getByTestId("onset-table").locator("tbody tr")).toHaveCount(api.points.length);
  // the chart is server-rendered SVG: one linked mark per point, suicidal-ideation marks included
  const marks = page.locator(".onset-chart svg a");
  await expect(marks).toHaveCount(api.points.length);
  expect(api.points.some((p: { kind: string }) => p.kind === "suicidality")).toBe(true);
  await expect(page.locator(".onset-chart svg a .mark-suicidality")).toHaveCount(api.points.filter((p: { kind: string }) => p.kind === "suicidality").length);
  await expect(marks.first()).toHaveAttribute("href", `/claims/${api.points[0].claimId}`);
  await page.getByTestId("onset-table").locator("tbody tr").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/claims/${api.points[0].claimId}$`));
});

test("a source page lists all its claims; the about page shows the rubric and dataset version", async ({ page, request }) => {
  const claim = (await (await request.get("/api/claims?pageSize=1")).json()).data[0];
  const source = await (await request.get(`/api/sources/${claim.sources[0].id}`)).json();
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`${source.claims.length} claims from this source`);
  const health = await (await request.get("/api/health")).json();
  await page.goto("/about");
  await expect(page.getByTestId("about-dataset")).toContainText(health.datasetVersion);
  await expect(page.getByRole("table")).toContainText("Systematic review or meta-analysis of randomised trials");
});

test("on a phone the explorer table becomes labelled cards", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/?pageSize=5");
  await expect(page.locator("table.data thead")).not.toBeInViewport();
  const before = await page.locator('td[data-col="category"]').first().evaluate((el) => getComputedStyle(el, "::before").content);
  expect(before).toContain("Category");
  await context.close();
});

for (const path of ["/compare/routes", "/compare/subtypes", "/side-effects", "/onset", "/onset?by=subtype"]) {
  test(`no serious or critical accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

for (const path of ["/compare/routes?arm=iv-racemic,oral", "/side-effects?route=oral", "/onset?route=oral"]) {
  test(`printing ${path} shows its filters, version and numbered references, without controls`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("export-toolbar")).toBeHidden();
    await expect(page.locator("form.filters")).toBeHidden();
    await expect(page.getByTestId("view-meta")).toContainText(/printed \d{4}-\d{2}-\d{2}/);
    await expect(page.getByTestId("view-meta")).toContainText(/oral/i);
    await expect(page.getByRole("region", { name: "References" }).locator("li").first()).toBeVisible();
  });
}

test("side effects: a cell's heading never contradicts its claims — the IV dissociation cell shows the trial rates under it", async ({ page, request }) => {
  const api = await (await request.get("/api/side-effects?route=iv")).json();
  const cell = api.shortTerm.find((r: { effect: string }) => r.effect === "dissociation").cells.iv;
  const rated = cell.claims.filter((c: { counts: boolean; percent: number | null }) => c.counts && c.percent !== null);
  expect(rated.length).toBeGreaterThan(0);
  expect(cell.min).toBe(Math.min(...rated.map((c: { percent: number }) => c.percent)));
  await page.goto("/side-effects?route=iv");
  const shown = page.getByTestId("short-term").locator('tr[data-effect="dissociation"] td[data-col="iv"]');
  // Rates worked out from counts are shown to one decimal (55/91 → 60.4%), never as 60.43956043956044.
  await expect(shown.getByTestId("range")).toContainText(`${Math.round(cell.min * 10) / 10}`);
  await expect(shown.getByTestId("range")).not.toContainText(/\d\.\d{2}/);
  await expect(shown).not.toContainText("No rate published");
  // The KetECT rate (dissociation 55 of 91 with ketamine vs 14 of 90 with ECT) is in the cell as published.
  const ketect = cell.claims.find((c: { id: string }) => c.id.startsWith("ekstrand-2022-ketect") );
  expect(ketect?.incidence).toContain("55/91");
  await expect(shown.locator(`li:has(a[href="/claims/${ketect.id}"])`)).toContainText("55/91");
  // The export carries the same rounded rate: 55/91 is 60.4 in the percent column.
  const rows: Record<string, string>[] = parse(await (await request.get("/api/side-effects?route=iv&format=csv")).text(), { columns: true, bom: true });
  const row = rows.find((r) => r.Claim.endsWith(ketect.id))!;
  expect(row["Percent (drug arm)"]).toBe("60.4");
  expect(row["Cell (range of rates)"]).not.toMatch(/\d\.\d{2}/);
});

test("claim page: each estimate carries its own CI (KARMA-Dep 2: the MD's CI, then Cohen d on its own)", async ({ page, request }) => {
  const claim = await (await request.get("/api/claims/jelovac-2025-karma-dep-2-madrs-null")).json();
  const md = claim.estimates.find((e: { measure: string }) => e.measure === "md");
  expect([md.value, md.ciLow, md.ciHigh]).toEqual([-3.16, -8.54, 2.22]);
  await page.goto("/claims/jelovac-2025-karma-dep-2-madrs-null");
  const items = page.getByTestId("estimates").locator("li");
  await expect(items.filter({ hasText: "MD −3.16" })).toContainText("MD −3.16 MADRS points (95% CI −8.54 to 2.22)");
  await expect(items.filter({ hasText: "SMD" })).not.toContainText("CI");
  await expect(page.getByTestId("certainty")).toContainText(claim.certainty === null ? "Not assessed" : "certainty");
});

test("the US label's warnings, REMS and monitoring stay in view when filtering to TRD, the licensed indication", async ({ page, request }) => {
  const api = await (await request.get("/api/claims?subtype=trd&source=janssen-2025-spravato-us-label&pageSize=100")).json();
  const label = await (await request.get("/api/sources/janssen-2025-spravato-us-label")).json();
  expect(api.total).toBe(label.claims.length);
  const rems = await (await request.get("/api/claims?subtype=trd&route=intranasal&source=fda-2025-spravato-rems&pageSize=100")).json();
  expect(rems.total).toBeGreaterThan(0);
  await page.goto("/?subtype=trd&source=janssen-2025-spravato-us-label");
  await expect(page.getByTestId("result-count")).toContainText(`${api.total} claim`);
});

test("comparison cells show certainty beside the level, and 'best' is the highest certainty", async ({ page, request }) => {
  const api = await (await request.get("/api/compare/routes?arm=iv-racemic,intranasal-esketamine&subtype=trd")).json();
  const cell = api.rows.find((r: { id: string }) => r.id === "efficacy").cells["iv-racemic"];
  const rank = (c: string | null) => ["very-low", "low", "moderate", "high"].indexOf(c ?? "");
  const ranks = cell.claims.map((c: { certainty: string | null }) => rank(c.certainty));
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  // each study shows its main comparison first: the failed 0.1 mg/kg arm of the dose-ranging trial is not "best"
  const shown = cell.claims.map((c: { id: string }) => c.id);
  expect(new Set(cell.claims.map((c: { sourceId: string }) => c.sourceId)).size).toBe(shown.length);
  expect(shown).not.toContain("fava-2020-dose-ranging-low-dose-not-significant");
  await page.goto("/compare/routes?arm=iv-racemic,intranasal-esketamine&subtype=trd");
  const first = page.locator('tr[data-row="efficacy"] td[data-col="iv-racemic"] li').first();
  await expect(first.locator(".evidence-badge")).toContainText(`Level ${cell.claims[0].level}`);
  await expect(first.locator(".certainty")).toBeVisible();
});

test("a comparison view keeps the valid filters of a link with one bad value, and says what it left out", async ({ page }) => {
  await page.goto("/side-effects?route=iv&subtype=bogus");
  await expect(page.getByTestId("query-error")).toContainText('unknown subtype "bogus"');
  await expect(page.getByTestId("view-meta")).toContainText("Intravenous");
  await expect(page.getByTestId("short-term")).toBeVisible();
});

test("a comparison cell shows its best claim and keeps the others one tap away; printing opens them", async ({ page, request }) => {
  const path = "/compare/routes?arm=iv-racemic,intranasal-esketamine&subtype=trd";
  const api = await (await request.get(`/api/compare/routes?arm=iv-racemic,intranasal-esketamine&subtype=trd`)).json();
  const cell = api.rows.find((r: { id: string }) => r.id === "efficacy").cells["iv-racemic"];
  expect(cell.claims.length).toBeGreaterThan(1);
  await page.goto(path);
  const shown = page.locator('tr[data-row="efficacy"] td[data-col="iv-racemic"]');
  const items = shown.locator("li[data-claim-id]");
  await expect(items.first()).toHaveAttribute("data-claim-id", cell.claims[0].id);
  await expect(items.first()).toBeVisible();
  await expect(items.nth(1)).toBeHidden();
  const more = shown.locator("details.cell-more > summary");
  await expect(more).toHaveText(`${cell.claims.length - 1} more ${cell.claims.length === 2 ? "claim" : "claims"}`);
  await more.click();
  for (let i = 1; i < cell.claims.length; i++) await expect(items.nth(i)).toBeVisible();
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  await expect(items.nth(cell.claims.length - 1)).toBeVisible();
  await expect(more).toBeHidden();
});

test("badges carry only a claim's own reasons as tooltips; the legend beside each table explains levels and certainty", async ({ page }) => {
  for (const path of ["/side-effects?route=iv", "/onset?route=iv", "/compare/routes?arm=iv-racemic"]) {
    await page.goto(path);
    const legend = page.getByTestId("level-legend");
    await legend.locator("summary").click();
    await expect(legend).toContainText("Level 1: Systematic review or meta-analysis of randomised trials");
    await expect(legend).toContainText("Low certainty: further research is likely to change the estimate");
    await expect(legend).toContainText("Certainty not assessed");
    // no badge repeats the rubric; a lowered level says why, a rated certainty what it rests on
    const titles = await page.locator(".evidence-badge [title]").evaluateAll((els) => els.map((e) => e.getAttribute("title")!));
    for (const t of titles) expect(t).toMatch(/^(Lowered one step: |Certainty: )/);
  }
  await page.goto("/compare/routes?arm=iv-racemic");
  await expect(page.locator(".evidence-badge .certainty[title]").first()).toHaveAttribute("title", /participants|starts (high|low|very low)|GRADE/);
});

test("on a phone a table's caption spans the card list instead of shrinking to one word per line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, table] of [["/side-effects", "short-term"], ["/compare/routes", "comparison"]] as const) {
    await page.goto(path);
    const t = page.getByTestId(table);
    const [tableBox, captionBox] = [await t.boundingBox(), await t.locator("caption").boundingBox()];
    expect(captionBox!.width).toBeGreaterThan(tableBox!.width * 0.9);
  }
});

test("on a phone the onset cards below the chart are drawn when scrolled to, and all of them print", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/onset");
  const last = page.getByTestId("onset-table").locator("tbody tr").last();
  const skipped = () => last.evaluate((tr) => getComputedStyle(tr).contentVisibility);
  // far below the first screen it is not laid out yet, but it is in the page (find, screen readers)
  expect(await skipped()).toBe("auto");
  await expect(last.locator('td[data-label="Finding"] a')).toHaveAttribute("href", /^\/claims\//);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(last.locator('td[data-label="Source"]')).toBeVisible();
  await page.emulateMedia({ media: "print" });
  expect(await skipped()).toBe("visible");
});
