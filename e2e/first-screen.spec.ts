import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimFigures } from "../lib/claim-columns";

// A clinician's first screen: the answer before the controls, on a laptop and on a phone, and three questions
// from the issue each answered in at most three interactions (clicks, ticks) from the explorer.

const firstRow = (page: Page) => page.locator("table.data tbody tr").first();

test("1366×900: the first result row of /?subtype=trd is visible without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/?subtype=trd");
  const box = await firstRow(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(900);
  // the filters sit beside the results, open, without a button
  await expect(page.getByRole("group", { name: "Depression subtype" }).or(page.getByText("Depression subtype")).first()).toBeVisible();
  await expect(page.getByTestId("filter-drawer").locator("summary")).toBeHidden();
});

test("390×844 phone: the first result row is within the first screen and a half; filters behind one button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?subtype=trd");
  const box = await firstRow(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeLessThanOrEqual(844 * 1.5);
  const summary = page.getByTestId("filter-drawer").locator("summary");
  await expect(summary).toHaveText("Filters (1)");
  await expect(page.getByRole("checkbox", { name: /Bipolar depression/ })).toBeHidden();
  await summary.click();
  await expect(page.getByRole("checkbox", { name: /Bipolar depression/ })).toBeVisible();
  // no horizontal scrolling of the page itself
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("task 1 (3 interactions): TRD — intranasal esketamine vs IV ketamine, response and onset", async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare routes" }).click(); // 1
  await page.getByRole("form", { name: "Choose routes and subtype" }).getByLabel("Treatment-resistant depression").check(); // 2
  await page.getByRole("button", { name: "Compare" }).click(); // 3
  await expect(page).toHaveURL(/subtype=trd/);
  const api = await (await request.get("/api/compare/routes?subtype=trd")).json();
  for (const col of ["intranasal-esketamine", "iv-racemic"]) {
    for (const row of ["efficacy", "onset"]) {
      const expected = api.rows.find((r: { id: string }) => r.id === row).cells[col];
      expect(expected.claims.length).toBeGreaterThan(0);
      const cell = page.locator(`tr[data-row="${row}"] td[data-col="${col}"]`);
      await expect(cell.locator("li[data-claim-id]").first()).toHaveAttribute("data-claim-id", expected.claims[0].id);
      await expect(cell.locator(".evidence-badge").first()).toBeVisible();
    }
  }
});

test("task 2 (1 interaction): bipolar depression — what evidence, and how certain", async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await page.getByRole("checkbox", { name: /Bipolar depression/ }).check(); // 1: applied at once
  await expect(page).toHaveURL(/subtype=bipolar-depression/);
  const api = await (await request.get("/api/claims?subtype=bipolar-depression")).json();
  await expect(page.getByTestId("result-count")).toContainText(`${api.total} claims match`);
  await expect(firstRow(page).locator("[data-certainty]").first()).toBeVisible();
  await expect(firstRow(page).getByRole("link", { name: api.data[0].statement })).toBeVisible();
  // The table gets a slim row, not the whole claim: its figures, timepoint and source still match the API's claim.
  const claim = api.data[0];
  await expect(firstRow(page).locator('td[data-col="result"]')).toHaveText(claimFigures(claim));
  await expect(firstRow(page).locator('td[data-col="timepoint"]')).toHaveText(claim.timepoint?.label ?? "");
  await expect(firstRow(page).locator('td[data-col="source"]').getByRole("link", { name: claim.sources[0].label })).toHaveAttribute("href", `/sources/${claim.sources[0].id}`);
});

test("task 3 (2 interactions): dissociation incidence, IV vs intranasal", async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Side effects" }).click(); // 1
  await expect(page).toHaveURL(/\/side-effects/);
  const api = await (await request.get("/api/side-effects")).json();
  const row = api.shortTerm.find((r: { effect: string }) => r.effect === "dissociation");
  for (const col of ["iv", "intranasal"]) {
    const cell = page.getByTestId("short-term").locator(`tr[data-effect="dissociation"] td[data-col="${col}"]`);
    await expect(cell.locator("strong")).toHaveText(row.cells[col].heading);
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeVisible();
  }
});

for (const path of ["/?subtype=trd", "/compare/routes?arm=iv-racemic,intranasal-esketamine", "/onset", "/side-effects"]) {
  test(`dark colour scheme: ${path} follows prefers-color-scheme and keeps AA contrast (axe)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(path);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(13, 17, 23)");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`)).toEqual([]);
  });
}
