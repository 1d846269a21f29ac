import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-bibtex";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";

const FILTERS = "subtype=trd&route=iv&sort=-timepoint";

async function allClaims(request: APIRequestContext, filters: string) {
  const out: { id: string; statement: string; level: number; certainty: string | null; sources: { pmid: string | null; firstAuthor: string }[] }[] = [];
  for (let page = 1; ; page++) {
    const body = await (await request.get(`/api/claims?${filters}&pageSize=100&page=${page}`)).json();
    out.push(...body.data);
    if (out.length >= body.total) return out;
  }
}

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-toolbar").getByRole("link", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test("CSV from the explorer holds every filtered claim, in the view's order, with citations", async ({ page, request }) => {
  const expected = await allClaims(request, FILTERS);
  expect(expected.length).toBeGreaterThan(25); // more than one page: the export is not just the visible page
  await page.goto(`/?${FILTERS}`);
  const { name, body } = await download(page, "CSV");
  expect(name).toMatch(/^ketamine-evidence_explorer_subtype-trd_route-iv_sort-timepoint_\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(body.toString("utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r["Claim id"])).toEqual(expected.map((c) => c.id));
  expect(Object.keys(rows[0]).slice(0, 4)).toEqual(["Level", "Certainty (GRADE)", "Finding", "Category"]);
  expect(rows[0]["Certainty (GRADE)"]).toBe({ high: "High", moderate: "Moderate", low: "Low", "very-low": "Very low" }[expected[0].certainty as string] ?? "Not assessed");
  expect(rows[0].Finding).toBe(await page.locator("table.data tbody tr").first().locator('td[data-col="statement"]').innerText());
  expect(rows[0].PMID).toBe(expected[0].sources[0].pmid ?? "");
  expect(rows.every((r) => r.Subtypes.includes("Treatment-resistant depression") && r.Routes.includes("Intravenous"))).toBe(true);
});

test("hidden columns stay out of the file; CSV for Excel starts with a BOM", async ({ page }) => {
  await page.goto(`/?${FILTERS}&cols=level,statement,source`);
  const { body } = await download(page, "CSV for Excel");
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = body.subarray(3).toString("utf8").split("\r\n")[0];
  expect(header).toBe(
    "Level,Finding,Source,Claim id,Level lowered because,Certainty from,Certainty reasons,Where in the source,First author,Year,PMID,DOI,URL",
  );
});

test("Excel workbook: typed cells, frozen filterable header, PubMed links, sources and About sheets", async ({ page, request }) => {
  const expected = await allClaims(request, FILTERS);
  const health = await (await request.get("/api/health")).json();
  await page.goto(`/?${FILTERS}`);
  const { name, body } = await download(page, "Excel (.xlsx)");
  expect(name).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Claims", "Sources", "About this export"]);
  const sheet = book.getWorksheet("Claims")!;
  expect(sheet.rowCount).toBe(expected.length + 1);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.getCell("A2").value).toBe(expected[0].level);
  expect(typeof sheet.getCell("A2").value).toBe("number");
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const pmidCol = header.indexOf("PMID") + 1;
  const withPmid = expected.findIndex((c) => c.sources[0].pmid);
  expect(sheet.getRow(withPmid + 2).getCell(pmidCol).value).toEqual({
    text: expected[withPmid].sources[0].pmid,
    hyperlink: `https://pubmed.ncbi.nlm.nih.gov/${expected[withPmid].sources[0].pmid}/`,
  });
  const about = book.getWorksheet("About this export")!;
  const aboutText = JSON.stringify(about.getSheetValues());
  expect(aboutText).toContain("subtype=trd");
  expect(aboutText).toContain(health.datasetVersion);
  expect(aboutText).toContain("not medical advice");
});

test("citations of the sources behind the view re-read as RIS, BibTeX and CSL-JSON", async ({ page, request }) => {
  const filters = "subtype=bipolar-depression";
  const sources = await (await request.get(`/api/sources?${filters}&pageSize=100`)).json();
  await page.goto(`/?${filters}`);
  const ris = await download(page, "RIS");
  expect(ris.name).toMatch(/\.ris$/);
  const risEntries = (await Cite.async(ris.body.toString("utf8"))).data;
  expect(risEntries.length).toBe(sources.total);
  const bib = await download(page, "BibTeX");
  const bibEntries = (await Cite.async(bib.body.toString("utf8"))).data;
  expect(bibEntries.length).toBe(sources.total);
  const csl = JSON.parse((await download(page, "CSL-JSON")).body.toString("utf8"));
  expect(csl.map((c: { id: string }) => c.id).sort()).toEqual(sources.data.map((s: { id: string }) => s.id).sort());
  const withDoi = sources.data.find((s: { doi: string | null }) => s.doi);
  expect(bibEntries.map((e) => String(e.DOI ?? "").toLowerCase())).toContain(withDoi.doi.toLowerCase());
});

test("the compare-routes CSV is the table on screen, cell by cell", async ({ page, request }) => {
  await page.goto("/compare/routes?arm=iv-racemic,intranasal-esketamine");
  const api = await (await request.get("/api/compare/routes?arm=iv-racemic,intranasal-esketamine")).json();
  const { name, body } = await download(page, "CSV");
  expect(name).toMatch(/^ketamine-evidence_compare-routes_arm-iv-racemic-intranasal-esketamine_/);
  const rows = parse(body.toString("utf8"), { columns: true }) as Record<string, string>[];
  const efficacyIv = rows.filter((r) => r.Question === "Best efficacy evidence" && r.Column === "IV racemic ketamine").map((r) => r.Claim);
  const cell = api.rows.find((r: { id: string }) => r.id === "efficacy").cells["iv-racemic"];
  expect(efficacyIv).toEqual(cell.claims.map((c: { id: string }) => c.id));
  // the page's "Direct or indirect?" answer travels with the table
  const direct = rows.filter((r) => r.Question === "Direct or indirect?").map((r) => r.Source);
  expect(direct).toEqual(api.headToHead.length ? api.headToHead.map((h: { label: string }) => h.label) : [""]);
});

test("copy link pins the dataset version; an older version is announced", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const health = await (await request.get("/api/health")).json();
  await page.goto("/?subtype=trd");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("share-link")).toContainText(`v=${health.datasetVersion}`);
  await page.goto(`/?subtype=trd&v=${health.datasetVersion}`);
  await expect(page.getByTestId("version-notice")).toHaveCount(0);
  await page.goto("/?subtype=trd&v=2020-01-01.00000000");
  await expect(page.getByTestId("version-notice")).toContainText("the evidence has been updated since");
});

test("print shows filters, date, version and numbered references, and no controls", async ({ page }) => {
  await page.goto("/?subtype=trd&route=oral");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("export-toolbar")).toBeHidden();
  await expect(page.getByRole("form", { name: "Filter the evidence" })).toBeHidden();
  await expect(page.getByTestId("active-filters")).toBeVisible();
  await expect(page.getByText(/Printed \d{4}-\d{2}-\d{2} · dataset version/)).toBeVisible();
  await expect(page.getByRole("region", { name: "References" }).locator("li").first()).toBeVisible();
});

test("malformed export requests get 400 with a readable message", async ({ request }) => {
  const bad = await request.get("/api/claims?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toBe('format: format must be "csv" or "xlsx"');
  expect((await request.get("/api/sources?format=endnote")).status()).toBe(400);
  expect((await request.get("/api/claims?format=csv&cols=price")).status()).toBe(400);
});

test("the export reads cols given once per column (the no-JavaScript Columns form) as the comma list", async ({ request }) => {
  const header = async (query: string) => Object.keys((parse((await (await request.get(`/api/claims?format=csv&subtype=trd&${query}`)).text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[])[0]);
  const repeated = await header("cols=source&cols=level");
  expect(repeated).toEqual(await header("cols=level,source"));
  expect(repeated).toContain("Level");
  expect(repeated).not.toContain("Finding");
});
