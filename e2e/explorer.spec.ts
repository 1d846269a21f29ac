import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function rowIds(page: Page): Promise<string[]> {
  return page.locator("table.data tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row-id") ?? ""));
}

test("the explorer lists claims from the database with the disclaimer", async ({ page, request }) => {
  const health = await (await request.get("/api/health")).json();
  expect(health).toMatchObject({ status: "ok", database: process.env.E2E_DATABASE_URL ? "postgresql" : "pglite" });
  expect(health.claims).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.getByTestId("disclaimer")).toContainText(/not medical advice/i);
  await expect(page.getByTestId("result-count")).toContainText(`${health.claims} claims match`);
  await expect(page.getByTestId("dataset-version")).toHaveText(health.datasetVersion);
  expect(await rowIds(page)).toHaveLength(25);
});

test("picking a subtype shows only claims that carry it, as the API does", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("group", { name: "Depression subtype" }).getByLabel(/Bipolar depression/).check();
  await expect(page).toHaveURL(/\?subtype=bipolar-depression$/);
  await expect(page.getByTestId("active-filters")).toContainText("Bipolar depression");
  const api = await (await request.get("/api/claims?subtype=bipolar-depression")).json();
  await expect(page.getByTestId("result-count")).toContainText(`${api.total} claim`);
  const ids = await rowIds(page);
  expect(ids).toEqual(api.data.map((c: { id: string }) => c.id));
  for (const cell of await page.locator('td[data-col="subtypes"]').allTextContents()) expect(cell).toContain("Bipolar depression");
});

test("a copied URL reproduces the view, and one click clears every filter", async ({ page, context }) => {
  const url = "/?route=oral&category=adverse-effect&sort=-timepoint";
  await page.goto(url);
  const first = await rowIds(page);
  expect(first.length).toBeGreaterThan(0);
  await expect(page.getByRole("columnheader", { name: /timepoint/i })).toHaveAttribute("aria-sort", "descending");
  const other = await context.newPage();
  await other.goto(url);
  expect(await rowIds(other)).toEqual(first);
  await page.getByTestId("clear-filters").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("No filters: showing all evidence.")).toBeVisible();
});

test("the filters work from the keyboard alone", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("group", { name: "Route" }).getByLabel(/Oral/);
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\?route=oral$/);
  for (const cell of await page.locator('td[data-col="routes"]').allTextContents()) expect(cell).toContain("Oral");
  await page.getByTestId("clear-filters").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
});

test("a malformed URL explains itself and is not a server error", async ({ page }) => {
  const response = await page.goto("/?route=rectal&pageSize=5000");
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByTestId("query-error")).toContainText('unknown route "rectal"');
  await expect(page.getByTestId("query-error")).toContainText("pageSize must be a whole number from 1 to 100");
});

test("an empty result says so, and is not an error", async ({ page }) => {
  await page.goto("/?q=zzzz-no-such-finding");
  await expect(page.getByTestId("empty-result")).toContainText("No evidence matches these filters");
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
});

test("a claim opens its detail with level, source and link to PubMed, DOI or the source page", async ({ page, request }) => {
  const api = await (await request.get("/api/claims?pageSize=1&subtype=trd&route=iv")).json();
  const claim = api.data[0];
  await page.goto("/?subtype=trd&route=iv&pageSize=1");
  await page.getByRole("link", { name: claim.statement }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claim.statement);
  await expect(page.locator("dl.detail")).toContainText(`Level ${claim.level}`);
  const source = claim.sources[0];
  const href = source.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` : source.doi ? `https://doi.org/${source.doi}` : source.url;
  expect(href).toBeTruthy();
  await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
});

test("the API refuses a malformed query with 400 and a readable message", async ({ request }) => {
  const response = await request.get("/api/claims?level=7");
  expect(response.status()).toBe(400);
  expect((await response.json()).message).toMatch(/level: unknown level "7"; accepted values: 1, 2, 3, 4, 5/);
  expect((await request.get("/api/claims/no-such-claim")).status()).toBe(404);
  const openapi = await (await request.get("/api/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toContain("/api/claims");
});

for (const path of ["/", "/?subtype=trd&route=intranasal", "/about"]) {
  test(`no serious or critical accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test("the default order puts efficacy, suicidality and harms first; a page past the end shows the last page and says so", async ({ page, request }) => {
  const api = await (await request.get("/api/claims?subtype=trd")).json();
  expect(["efficacy", "suicidality", "adverse-effect"]).toContain(api.data[0].category);
  const lastPage = Math.ceil(api.total / api.pageSize);
  await page.goto("/?subtype=trd&page=99999");
  await expect(page.getByTestId("page-notice")).toContainText(`There is no page 99999: these filters give ${lastPage} pages`);
  await expect(page.locator("table.data tbody tr").first()).toBeVisible();
  await expect(page).toHaveTitle(/Evidence explorer — ketamine evidence tables/);
  expect((await request.get("/icon.svg")).status()).toBe(200);
});

test("one bad value in a link is reported while the valid filters are kept", async ({ page, request }) => {
  const api = await (await request.get("/api/claims?subtype=trd")).json();
  await page.goto("/?subtype=trd&route=rectal");
  await expect(page.getByTestId("query-error")).toContainText('unknown route "rectal"');
  await expect(page.getByTestId("query-error")).toContainText("Left out: route");
  await expect(page.getByTestId("result-count")).toContainText(`${api.total} claims match`);
});

test("the Columns picker adds a column at once and keeps it, with the filters, in the link", async ({ page }) => {
  await page.goto("/?subtype=trd");
  await expect(page.getByRole("columnheader", { name: "Participants" })).toHaveCount(0);
  await page.getByText("Columns", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Apply columns" })).toHaveCount(0); // no-JavaScript fallback only
  await page.getByRole("group", { name: "Visible columns" }).getByRole("checkbox", { name: "Participants" }).click(); // controlled by the URL: it shows ticked once the new view arrives
  await expect.poll(() => new URL(page.url()).searchParams.get("cols")?.split(",")).toContain("n");
  expect(new URL(page.url()).searchParams.get("subtype")).toBe("trd");
  await expect(page.getByRole("columnheader", { name: "Participants" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Participants" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Columns picker still works: Apply columns keeps the filters and shows the chosen column", async ({ page }) => {
    await page.goto("/?subtype=trd");
    await page.getByText("Columns", { exact: true }).click();
    const picker = page.getByRole("group", { name: "Visible columns" });
    await picker.getByRole("checkbox", { name: "Participants" }).check();
    await picker.getByRole("checkbox", { name: "Source" }).uncheck();
    await picker.getByRole("button", { name: "Apply columns" }).click();
    await expect(page.getByRole("columnheader", { name: "Participants" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /source/i })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Finding" })).toBeVisible();
    expect(new URL(page.url()).searchParams.getAll("subtype")).toEqual(["trd"]);
  });
});
