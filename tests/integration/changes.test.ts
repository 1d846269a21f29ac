import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset } from "../../server/dataset/import-dataset";
import { readChanges } from "../../server/changes/get-changes";
import { claimFixture, validFixtureFiles } from "../fixtures/evidence-files";
import { createTestStore, STORE_KINDS } from "../support/test-stores";

// Each import that changes the data is a release; the changelog lists what it added, changed and withdrew.
describe.each(STORE_KINDS)("changelog on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    ctx = await createTestStore(kind);
  });
  afterAll(async () => ctx?.dispose());

  it("records added, changed and withdrawn claims per release, and lists only the releases after a version", async () => {
    const first = await importDataset(ctx.store, validFixtureFiles());
    let changes = await readChanges(ctx.store.prisma, {});
    expect(changes.releases).toHaveLength(1);
    expect(changes.releases[0]).toMatchObject({ version: first.version, changed: [], withdrawn: [] });
    expect(changes.releases[0].added.map((c) => c.id).sort()).toEqual(["alpha-2020-trial-dissociation", "alpha-2020-trial-onset", "alpha-2020-trial-response", "beta-2021-review-pooled"]);

    const files = validFixtureFiles();
    const alpha = files[0].content as { claims: ReturnType<typeof claimFixture>[] };
    alpha.claims = alpha.claims.filter((c) => c.id !== "alpha-2020-trial-onset");
    alpha.claims[0] = { ...alpha.claims[0], statement: "Corrected statement.", lastReviewed: "2026-02-01", history: [{ date: "2026-02-01", change: "statement corrected" }] } as never;
    alpha.claims.push(claimFixture("alpha-2020-trial-new", { lastReviewed: "2026-02-01" }));
    const second = await importDataset(ctx.store, files);
    expect(second.status).toBe("imported");

    changes = await readChanges(ctx.store.prisma, { since: first.version });
    expect(changes.releases.map((r) => r.version)).toEqual([second.version]);
    expect(changes.releases[0].added.map((c) => c.id)).toEqual(["alpha-2020-trial-new"]);
    expect(changes.releases[0].changed).toEqual([{ id: "alpha-2020-trial-response", statement: "Corrected statement." }]);
    expect(changes.releases[0].withdrawn).toEqual([{ id: "alpha-2020-trial-onset", statement: "Fixture statement for alpha-2020-trial-onset." }]);
    expect((await readChanges(ctx.store.prisma, {})).releases).toHaveLength(2);
    expect((await readChanges(ctx.store.prisma, { since: "2099-01-01" })).releases).toEqual([]);
    expect(await readChanges(ctx.store.prisma, { since: "2026-01-01.deadbeef" })).toMatchObject({ sinceKnown: false });
  });
});
