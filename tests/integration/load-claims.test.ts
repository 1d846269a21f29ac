import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARMS, armById, type ArmId } from "../../lib/compare/arms";
import { buildComparison, headToHead, renderComparison, selectComparison, shownIds } from "../../lib/compare/build-comparison";
import { ROUTE_ROWS, routeColumns } from "../../lib/compare/route-rows";
import { SUBTYPE_ROWS, subtypeColumns } from "../../lib/compare/subtype-rows";
import { claimInclude, toClaimDto, type ClaimDto } from "../../server/claims/claim-dto";
import type { SqlFilters } from "../../server/claims/claims-sql";
import { LOAD_BATCH, byLevelThenId, claimsInBatches, loadClaims, loadRankedClaims } from "../../server/claims/load-claims";
import { importDataset } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";
import { createTestStore, STORE_KINDS } from "../support/test-stores";

// The views and exports load claims with plain SQL (faster, less garbage); it must give exactly what Prisma's
// findMany with claimInclude gives — every column, JSON, array and number type, and the sources in citation order.
describe.each(STORE_KINDS)("loading claims, and comparison tables from ranked claims, on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    ctx = await createTestStore(kind);
    await importDataset(ctx.store, await readDataFiles());
  });
  afterAll(async () => ctx?.dispose());

  it("returns every claim of the curated data as Prisma does, in the order of the ids asked for", async () => {
    const ids = (await ctx.store.prisma.claim.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(400);
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const batch = ids.slice(i, i + LOAD_BATCH);
      const viaPrisma = await ctx.store.prisma.claim.findMany({ where: { id: { in: batch } }, include: claimInclude });
      const byId = new Map(viaPrisma.map((c) => [c.id, c]));
      expect(await loadClaims(ctx.store, batch)).toEqual(batch.map((id) => byId.get(id)));
    }
  });

  it("skips unknown ids and refuses more than one batch", async () => {
    const [first] = await ctx.store.prisma.claim.findMany({ select: { id: true }, take: 1 });
    expect((await loadClaims(ctx.store, ["no-such-claim", first.id])).map((c) => c.id)).toEqual([first.id]);
    await expect(loadClaims(ctx.store, Array.from({ length: LOAD_BATCH + 1 }, (_, i) => `x-${i}`))).rejects.toThrow(/at most/);
  });

  // The comparison views choose their cells from the ranking fields of every claim and load only the shown claims in
  // full; the tables must be exactly those built from every full claim.
  const full = async (filters: SqlFilters) => {
    const out: ClaimDto[] = [];
    for await (const c of claimsInBatches(ctx.store, filters, { key: "id", desc: false })) out.push(c);
    return out.sort(byLevelThenId);
  };

  const cases: [string, SqlFilters, ArmId[]][] = [
    ["every route", {}, ARMS.map((a) => a.id)],
    ["TRD, IV vs intranasal esketamine", { subtype: ["trd"] }, ["iv-racemic", "intranasal-esketamine"]],
    ["bipolar depression", { subtype: ["bipolar-depression"] }, ["iv-racemic", "oral", "intramuscular"]],
  ];
  it.each(cases)("routes: %s", async (_, subtype, arms) => {
    const columns = routeColumns(arms);
    const filters: SqlFilters = { ...subtype, route: [...new Set(arms.map((a) => armById(a).route))] };
    const claims = await full(filters);
    const ranked = await loadRankedClaims(ctx.store, filters);
    expect(ranked.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    const selection = selectComparison(ranked, columns, ROUTE_ROWS);
    expect(shownIds(selection).length).toBeLessThan(claims.length);
    const shown = new Map((await loadClaims(ctx.store, shownIds(selection))).map((c) => [c.id, toClaimDto(c)]));
    expect(renderComparison(selection, shown, ROUTE_ROWS)).toEqual(buildComparison(claims, columns, ROUTE_ROWS));
    expect(headToHead(ranked, columns)).toEqual(headToHead(claims, columns));
  });

  it("subtypes", async () => {
    const columns = subtypeColumns(["trd", "bipolar-depression", "suicidal-ideation", "mdd"]);
    const filters = { subtype: ["trd", "bipolar-depression", "suicidal-ideation", "mdd"] } as SqlFilters;
    const claims = await full(filters);
    const selection = selectComparison(await loadRankedClaims(ctx.store, filters), columns, SUBTYPE_ROWS);
    const shown = new Map((await loadClaims(ctx.store, shownIds(selection))).map((c) => [c.id, toClaimDto(c)]));
    expect(renderComparison(selection, shown, SUBTYPE_ROWS)).toEqual(buildComparison(claims, columns, SUBTYPE_ROWS));
  });
});
