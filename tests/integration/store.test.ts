import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../server/db/list-migrations";
import { runMigrations } from "../../server/db/run-migrations";
import { DatasetValidationError, importDataset } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";
import { getClaim } from "../../server/claims/get-claim";
import { getClaims } from "../../server/claims/get-claims";
import { getFacetCounts } from "../../server/claims/get-facet-counts";
import { getSource } from "../../server/sources/get-source";
import { getSources } from "../../server/sources/get-sources";
import { parseClaimsQuery, type ClaimsQuery } from "../../lib/schemas/claims-query";
import { claimsPageSchema, sourceWithClaimsSchema } from "../../lib/schemas/api";
import { claimFixture, fileFixture, sourceFixture, validFixtureFiles } from "../fixtures/evidence-files";
import { createTestStore, STORE_KINDS } from "../support/test-stores";
import { syntheticDataset } from "../../scripts/bench-data";
import { claimsInBatches } from "../../server/claims/load-claims";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function q(qs: string): ClaimsQuery {
  const parsed = parseClaimsQuery(new URLSearchParams(qs));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

describe.each(STORE_KINDS)("on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    ctx = await createTestStore(kind);
  });
  afterAll(async () => ctx?.dispose());

  it("applies migrations once, recorded in Prisma's table", async () => {
    expect(await runMigrations(ctx.store.sql)).toEqual([]);
    const rows = await ctx.store.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual((await listMigrations()).map((m) => m.name));
  });

  it("refuses to continue when an applied migration was edited", async () => {
    const [first, ...rest] = await listMigrations();
    await expect(runMigrations(ctx.store.sql, [{ ...first, checksum: "0".repeat(64) }, ...rest])).rejects.toThrow(/was edited after it was applied/);
  });

  it("imports, then finds nothing to do on a second run", async () => {
    const first = await importDataset(ctx.store, validFixtureFiles());
    expect(first).toMatchObject({ status: "imported", claims: 4, sources: 2 });
    const second = await importDataset(ctx.store, validFixtureFiles());
    expect(second).toMatchObject({ status: "unchanged", version: first.version });
    expect(await ctx.store.prisma.claim.count()).toBe(4);
    const info = await ctx.store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
    expect(info?.version).toBe(first.version);
  });

  it("upserts changed rows by id and removes rows that left the files", async () => {
    const files = validFixtureFiles();
    const alpha = files[0].content as { claims: { id: string; statement: string }[] };
    alpha.claims = alpha.claims.filter((c) => c.id !== "alpha-2020-trial-onset");
    alpha.claims[0].statement = "Changed statement.";
    const result = await importDataset(ctx.store, files);
    expect(result).toMatchObject({ status: "imported", claims: 3, removedClaims: 1, removedSources: 0 });
    expect((await getClaim(ctx.store.prisma, "alpha-2020-trial-response"))?.statement).toBe("Changed statement.");
    expect(await getClaim(ctx.store.prisma, "alpha-2020-trial-onset")).toBeNull();
    // back to the full fixture set for the tests below
    await importDataset(ctx.store, validFixtureFiles());
    expect(await ctx.store.prisma.claim.count()).toBe(4);
  });

  it("changes nothing when the data has an error, and says where", async () => {
    const before = await ctx.store.prisma.claim.findMany({ orderBy: { id: "asc" } });
    const bad = [
      ...validFixtureFiles(),
      fileFixture(sourceFixture("zeta-2023-trial", { pmid: "55555555" }), [claimFixture("zeta-2023-trial-x", { routes: ["rectal"] })]),
    ];
    const error = await importDataset(ctx.store, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as Error).message).toMatch(/data\/sources\/zeta-2023-trial\.json › claims\[0\]\.routes\[0\]/);
    expect(await ctx.store.prisma.claim.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("rolls the whole import back when the database refuses a row", async () => {
    const before = await ctx.store.prisma.claim.findMany({ orderBy: { id: "asc" } });
    // Valid for zod, too large for the INTEGER column: the failure comes from the database itself,
    // after the import has already deleted the claim that left the files.
    const files = validFixtureFiles();
    (files[0].content as { claims: unknown[] }).claims.pop();
    files.push(fileFixture(sourceFixture("eta-2023-trial", { pmid: "66666666", n: 3_000_000_000 }), [claimFixture("eta-2023-trial-x")]));
    await expect(importDataset(ctx.store, files)).rejects.toThrow();
    expect(await ctx.store.prisma.claim.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await ctx.store.prisma.source.findUnique({ where: { id: "eta-2023-trial" } })).toBeNull();
  });

  it("filters claims: OR within a parameter, AND across", async () => {
    const trd = await getClaims(ctx.store, q("subtype=trd"));
    expect(trd.total).toBe(2);
    expect(trd.data.every((c) => c.subtypes.includes("trd"))).toBe(true);
    expect((await getClaims(ctx.store, q("subtype=trd,bipolar-depression"))).total).toBe(3);
    expect((await getClaims(ctx.store, q("subtype=trd&category=adverse-effect"))).total).toBe(1);
    expect((await getClaims(ctx.store, q("route=oral"))).total).toBe(0);
    expect((await getClaims(ctx.store, q("design=meta-analysis"))).data.map((c) => c.id)).toEqual(["beta-2021-review-pooled"]);
    expect((await getClaims(ctx.store, q("q=DISSOCIATIVE"))).data.map((c) => c.id)).toEqual(["alpha-2020-trial-dissociation"]);
  });

  it("pages and sorts in a stable order", async () => {
    const all = await getClaims(ctx.store, q("sort=id&pageSize=10"));
    const page2 = await getClaims(ctx.store, q("sort=id&pageSize=2&page=2"));
    expect(page2.data.map((c) => c.id)).toEqual(all.data.slice(2, 4).map((c) => c.id));
    const byLevel = await getClaims(ctx.store, q(""));
    expect(byLevel.data[0].level).toBe(1);
  });

  it("embeds sources with locators, in citation order", async () => {
    const claim = await getClaim(ctx.store.prisma, "beta-2021-review-pooled");
    expect(claim?.sources.map((s) => [s.id, s.locator])).toEqual([
      ["beta-2021-review", "Abstract"],
      ["alpha-2020-trial", "Table 1"],
    ]);
    expect(claim?.sources[0]).toMatchObject({ firstAuthor: "Fixture A", year: 2020, pmid: "22222222", design: "meta-analysis" });
  });

  it("counts facet values against the other filters", async () => {
    const facets = await getFacetCounts(ctx.store.prisma, q("subtype=trd&route=iv"));
    expect(facets.subtype).toEqual({ trd: 2, mdd: 1 });
    expect(facets.route).toEqual({ iv: 2 });
    expect(facets.category).toEqual({ efficacy: 1, "adverse-effect": 1 });
  });

  it("lists the sources behind filtered claims, and one source with its claims", async () => {
    // the bipolar claim cites both sources
    expect((await getSources(ctx.store.prisma, q("subtype=bipolar-depression"))).data.map((s) => s.id)).toEqual(["alpha-2020-trial", "beta-2021-review"]);
    expect((await getSources(ctx.store.prisma, q("category=onset"))).data.map((s) => s.id)).toEqual(["alpha-2020-trial"]);
    expect((await getSources(ctx.store.prisma, q(""))).total).toBe(2);
    const source = await getSource(ctx.store.prisma, "alpha-2020-trial");
    expect(source?.claims.map((c) => c.id).sort()).toEqual([
      "alpha-2020-trial-dissociation",
      "alpha-2020-trial-onset",
      "alpha-2020-trial-response",
      "beta-2021-review-pooled",
    ]);
  });

  it("imports the curated data in data/", async () => {
    const files = await readDataFiles();
    const result = await importDataset(ctx.store, files);
    expect(result.status).toBe("imported");
    expect(await ctx.store.prisma.claim.count()).toBe(result.claims);
    expect(await ctx.store.prisma.source.count()).toBe(result.sources);
    expect(await getClaim(ctx.store.prisma, "alpha-2020-trial-response")).toBeNull();
  });

  it("searches words, not substrings, ranked, with stems and phrases", async () => {
    const all = await getClaims(ctx.store, q("pageSize=100"));
    const everything: typeof all.data = [];
    for (let page = 1; (page - 1) * 100 < all.total; page++) everything.push(...(await getClaims(ctx.store, q(`pageSize=100&page=${page}`))).data);
    const text = (c: (typeof everything)[number]) => [c.statement, c.outcome, c.comparator, c.adverseEffect?.label, c.doseAsStudied, c.sources[0]?.firstAuthor, c.id].join(" ");
    // "ECT" is a word: it must not find "effect" or "affect".
    const ect = await getClaims(ctx.store, q("q=ECT&pageSize=100"));
    expect(ect.total).toBeGreaterThan(0);
    expect(ect.total).toBeLessThan(everything.filter((c) => text(c).toLowerCase().includes("ect")).length);
    for (const c of ect.data) expect(text(c)).toMatch(/\bECT\b|electroconvulsive/i);
    // a stem finds its forms: "dissociative" finds "dissociation"
    const stem = await getClaims(ctx.store, q("q=dissociative&pageSize=100"));
    expect(stem.data.some((c) => /dissociation\b/i.test(text(c)) && !/dissociative/i.test(text(c)))).toBe(true);
    // ranked: under the default order, a claim whose statement names the word comes before one that only cites it
    expect(stem.data[0].statement).toMatch(/dissociat/i);
    // a quoted phrase is a phrase
    const phrase = await getClaims(ctx.store, q(`q=${encodeURIComponent('"suicidal ideation"')}&pageSize=100`));
    for (const c of phrase.data) expect(text(c)).toMatch(/suicid\w* ?-?ideation/i);
  });

  it("counts facets in the database exactly as the matching claims add up", async () => {
    const query = q("subtype=trd&category=efficacy,adverse-effect");
    const facets = await getFacetCounts(ctx.store.prisma, query);
    // route counts ignore the route filter but keep the others: recount from the claims themselves
    const claims = await collect(claimsInBatches(ctx.store, { subtype: ["trd"], category: ["efficacy", "adverse-effect"] }, { key: "id", desc: false }));
    const routes: Record<string, number> = {};
    for (const c of claims) for (const r of c.routes) routes[r] = (routes[r] ?? 0) + 1;
    expect(facets.route).toEqual(routes);
    const certainty: Record<string, number> = {};
    for (const c of claims) certainty[c.certainty ?? "not-assessed"] = (certainty[c.certainty ?? "not-assessed"] ?? 0) + 1;
    expect(facets.certainty).toEqual(certainty);
  });

  it("imports and serves 35,000 claims: no statement carries more parameters than the database allows", { timeout: 240_000 }, async () => {
    const files = syntheticDataset(await readDataFiles(), 35_000);
    const result = await importDataset(ctx.store, files);
    expect(result).toMatchObject({ status: "imported", claims: 35_000 });
    const trd = await getClaims(ctx.store, q("subtype=trd&route=iv"));
    expect(trd.total).toBeGreaterThan(1000);
    const facets = await getFacetCounts(ctx.store.prisma, q(""));
    expect(Object.values(facets.category).reduce((a, b) => a + b, 0)).toBe(35_000);
    const harms = await collect(claimsInBatches(ctx.store, { category: ["adverse-effect"] }, { key: "level", desc: false }));
    expect(harms.length).toBe(facets.category["adverse-effect"]);
    expect(new Set(harms.map((c) => c.id)).size).toBe(harms.length);
    // back to the curated data: every synthetic row leaves in the same transaction
    const back = await importDataset(ctx.store, await readDataFiles());
    expect(back.removedClaims).toBe(35_000);
    expect(await ctx.store.prisma.claim.count()).toBe(back.claims);
  });

  it("answers in the documented API shape for every curated claim", async () => {
    const all = await getClaims(ctx.store, q("pageSize=100"));
    for (let page = 1; (page - 1) * 100 < all.total; page++) {
      const result = await getClaims(ctx.store, q(`pageSize=100&page=${page}`));
      const parsed = claimsPageSchema.safeParse({ ...result, datasetVersion: null });
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    }
    const source = await getSource(ctx.store.prisma, all.data[0].sources[0].id);
    expect(sourceWithClaimsSchema.safeParse(source).success).toBe(true);
  });
});
