import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimInclude } from "../../server/claims/claim-dto";
import { LOAD_BATCH, loadClaims } from "../../server/claims/load-claims";
import { importDataset } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";
import { createTestStore, STORE_KINDS } from "../support/test-stores";

// The views and exports load claims with plain SQL (faster, less garbage); it must give exactly what Prisma's
// findMany with claimInclude gives — every column, JSON, array and number type, and the sources in citation order.
describe.each(STORE_KINDS)("loadClaims on %s", (kind) => {
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
});
