import { expect, test } from "@playwright/test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { parse } from "csv-parse/sync";

// Interoperability and living evidence as a new user meets them: citations a reference manager reads, FHIR for
// systems, and what changed since a link was made.

type Source = { id: string; title: string; volume: string | null; issue: string | null; pages: string | null; doi: string | null };

test("RIS export imports into a citation parser with whole titles (no mid-word breaks), volume, issue and pages", async ({ request }) => {
  const ris = await (await request.get("/api/sources?subtype=trd&format=ris")).text();
  const api = await (await request.get("/api/sources?subtype=trd&pageSize=100")).json();
  const items = new Cite(ris).data as { title: string; volume?: string; issue?: string; page?: string; DOI?: string }[];
  expect(items.length).toBe(api.total);
  const byDoi = new Map(items.filter((i) => i.DOI).map((i) => [i.DOI!.toLowerCase(), i]));
  const withDoi = (api.data as Source[]).filter((s) => s.doi);
  expect(withDoi.length).toBeGreaterThan(10);
  for (const s of withDoi) {
    const item = byDoi.get(s.doi!.toLowerCase())!;
    expect(item.title, s.id).toBe(s.title);
    if (s.volume) expect(String(item.volume), s.id).toBe(s.volume);
    if (s.pages) expect(String(item.page).replace("--", "-"), s.id).toBe(s.pages.replace("–", "-"));
  }
  expect((api.data as Source[]).filter((s) => s.volume && s.pages).length).toBeGreaterThan(10);
});

test("the comparison export carries citation columns", async ({ request }) => {
  const csv = await (await request.get("/api/compare/routes?arm=iv-racemic,intranasal-esketamine&format=csv")).text();
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["First author", "Year", "Journal", "PMID", "DOI", "URL"]));
  expect(rows.filter((r) => r.Claim && r.PMID).length).toBeGreaterThan(5);
});

test("FHIR: a searchset of Evidence with the explorer's total, and a Citation with PubMed and DOI identifiers", async ({ request }) => {
  const api = await (await request.get("/api/claims?subtype=trd&route=intranasal")).json();
  const response = await request.get("/api/fhir/Evidence?subtype=trd&route=intranasal");
  expect(response.headers()["content-type"]).toContain("application/fhir+json");
  const bundle = await response.json();
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: api.total });
  const citation = await (await request.get("/api/fhir/Citation/anand-2023-elekt-d")).json();
  expect(citation.citedArtifact.identifier).toEqual(expect.arrayContaining([{ system: "https://pubmed.ncbi.nlm.nih.gov", value: "37224232" }]));
  const bad = await request.get("/api/fhir/Evidence?subtype=bipolar");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).resourceType).toBe("OperationOutcome");
});

test("a link made with an older dataset lists what changed since; the changes page and the Atom feed list the release", async ({ page, request }) => {
  const health = await (await request.get("/api/health")).json();
  const changes = await (await request.get("/api/changes?since=2026-01-01")).json();
  expect(changes.releases[0].version).toBe(health.datasetVersion);
  await page.goto("/compare/subtypes?v=2026-01-01");
  const notice = page.getByTestId("changed-since");
  await expect(notice).toContainText("2026-01-01");
  await notice.getByText(/What changed since 2026-01-01: \d+ claims/).click();
  await expect(notice.locator("li").first()).toBeVisible();
  await expect(notice.locator('li[data-kind="added"]').first()).toContainText(/\w/);
  await page.goto("/changes");
  const release = page.getByTestId("release").first();
  await expect(release).toContainText(health.datasetVersion);
  // A long list shows its first 20 claims and links to the whole list of that version.
  const added = changes.releases[0].added as { id: string; statement: string }[];
  expect(added.length).toBeGreaterThan(20);
  await expect(release.getByRole("heading", { name: `Added: ${added.length}` })).toBeVisible();
  await expect(release.locator('ul[data-kind="added"] > li')).toHaveCount(20);
  await release.getByTestId("show-all").first().click();
  await expect(page).toHaveURL(new RegExp(`full=${health.datasetVersion.replace(".", "\\.")}`));
  await expect(page.getByTestId("release").first().locator('ul[data-kind="added"] > li')).toHaveCount(added.length);
  await expect(page.getByTestId("show-all")).toHaveCount(0);
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain(`Dataset version ${health.datasetVersion}`);
  expect((await request.get("/api/changes?since=yesterday")).status()).toBe(400);
});
