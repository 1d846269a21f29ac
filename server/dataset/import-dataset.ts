import { createHash } from "node:crypto";
import { formatDatasetErrors, validateDataset, type DataFile, type Dataset, type DatasetError } from "../../lib/dataset/validate-dataset";
import type { SourceInput } from "../../lib/schemas/evidence-file";
import type { Store } from "../db/open-store";
import { bulkInsert } from "./bulk-insert";
import { FILL_SEARCH_VECTOR_SQL } from "./search-vector";
import { citeLabels } from "../../lib/dataset/cite-labels";
import { claimRow, claimSourceRows, sourceRow } from "./claim-rows";

export class DatasetValidationError extends Error {
  constructor(readonly errors: DatasetError[]) {
    super(`${errors.length} error(s) in the curated data; nothing was imported:\n${formatDatasetErrors(errors)}`);
    this.name = "DatasetValidationError";
  }
}

export type ImportResult = {
  status: "imported" | "unchanged";
  version: string;
  claims: number;
  sources: number;
  removedClaims: number;
  removedSources: number;
};

/**
 * Held for the whole import transaction: instances that start together on one empty database, or two imports run
 * at once, take turns; the second finds the data already imported and changes nothing.
 */
export const IMPORT_LOCK_KEY = 72_413_901;

/**
 * Validates every file first, then writes everything in one transaction: sources and claims
 * upserted by their stable ids, rows no longer in the files deleted. A dataset whose content hash
 * matches the last import is not written again, so running the import twice changes nothing.
 */
/** Claim rows with the hash of what was curated (review dates and history aside), to tell changed claims apart. */
function rowsFor(claims: Dataset["claims"], sourcesById: Map<string, SourceInput>) {
  return claims.map((c) => {
    const { sourceId: _s, file: _f, lastReviewed: _l, history: _h, ...content } = c;
    return { ...claimRow(c, sourcesById), contentHash: createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16) };
  });
}

export async function importDataset(store: Store, files: DataFile[], options: { force?: boolean } = {}): Promise<ImportResult> {
  const { errors, dataset } = validateDataset(files);
  if (errors.length > 0) throw new DatasetValidationError(errors);

  const hash = createHash("sha256");
  [...files].sort((a, b) => a.file.localeCompare(b.file)).forEach((f) => hash.update(f.file).update(JSON.stringify(f.content)));
  const contentHash = hash.digest("hex");
  const newest = dataset.claims.reduce((max, c) => (c.lastReviewed > max ? c.lastReviewed : max), "0000-00-00");
  const version = `${newest}.${contentHash.slice(0, 8)}`;
  const counts = { claims: dataset.claims.length, sources: dataset.sources.length };

  const { prisma } = store;
  const current = await prisma.datasetInfo.findUnique({ where: { id: 1 } });
  // Unchanged data is not written again — unless no release has been recorded yet (a store from before the changelog).
  const hasRelease = Boolean(await prisma.datasetRelease.findUnique({ where: { version } }));
  if (!options.force && current?.contentHash === contentHash && hasRelease) {
    return { status: "unchanged", version, ...counts, removedClaims: 0, removedSources: 0 };
  }

  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const claimIds = dataset.claims.map((c) => c.id);
  const sourceIds = dataset.sources.map((s) => s.id);
  const rows = rowsFor(dataset.claims, sourcesById);

  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})::text AS locked`);
      const latest = await tx.datasetInfo.findUnique({ where: { id: 1 } });
      if (!options.force && latest?.contentHash === contentHash && (await tx.datasetRelease.findUnique({ where: { version } }))) {
        return { status: "unchanged" as const, version, ...counts, removedClaims: 0, removedSources: 0 };
      }
      // What this release does to each claim, for the changes page and feed: compared by content hash.
      const before = await tx.claim.findMany({ select: { id: true, contentHash: true, statement: true } });
      // Rows written before content hashes existed have none: the first release lists them as added.
      const beforeById = new Map(before.filter((c) => c.contentHash).map((c) => [c.id, c]));
      const newIds = new Set(claimIds);
      const changes = [
        ...rows
          .filter((r) => beforeById.get(r.id)?.contentHash !== r.contentHash)
          .map((r) => ({ claimId: r.id, kind: beforeById.has(r.id) ? "changed" : "added", statement: r.statement })),
        ...before.filter((c) => !newIds.has(c.id)).map((c) => ({ claimId: c.id, kind: "withdrawn", statement: c.statement })),
      ];
      const keptClaims = before.filter((c) => newIds.has(c.id)).length;
      const newSourceIds = new Set(sourceIds);
      const keptSources = (await tx.source.findMany({ select: { id: true } })).filter((s) => newSourceIds.has(s.id)).length;
      const sourcesBefore = await tx.source.count();
      // Replace the whole dataset inside this transaction (readers see the previous one until it commits; a
      // failure rolls everything back): three unparameterised deletes, then bulk inserts of one parameter each.
      await tx.$executeRawUnsafe(`DELETE FROM "claim_source"`);
      await tx.$executeRawUnsafe(`DELETE FROM "claim"`);
      await tx.$executeRawUnsafe(`DELETE FROM "source"`);
      // Sources first: a claim row may not point at a source that is not there yet.
      const labels = citeLabels(dataset.sources.map((s) => ({ id: s.id, firstAuthor: s.authors[0], year: s.year })));
      await bulkInsert(tx, "source", dataset.sources.map((s) => sourceRow(s, labels.get(s.id)!)));
      await bulkInsert(tx, "claim", rows);
      await tx.$executeRawUnsafe(FILL_SEARCH_VECTOR_SQL);
      await bulkInsert(tx, "claim_source", dataset.claims.flatMap(claimSourceRows));
      const removedClaims = before.length - keptClaims;
      const removedSources = sourcesBefore - keptSources;
      const info = { version, contentHash, importedAt: new Date(), claimCount: counts.claims, sourceCount: counts.sources };
      await tx.datasetInfo.upsert({ where: { id: 1 }, create: { id: 1, ...info }, update: info });
      // Every import that writes is a release (a new dataset version), even when only sources changed.
      await tx.datasetRelease.upsert({ where: { version }, create: info, update: info });
      await tx.claimChange.deleteMany({ where: { version } });
      await bulkInsert(tx, "claim_change", changes.map((c) => ({ version, ...c })));
      return { status: "imported" as const, version, ...counts, removedClaims, removedSources };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // Fresh planner statistics for the tables just rewritten: the embedded store has no autovacuum, and without
  // them the planner takes the 100,000-claim tables for empty ones (a comparison view's load took 3× longer).
  if (result.status === "imported") await prisma.$executeRawUnsafe(`ANALYZE "source", "claim", "claim_source", "claim_change"`);
  return result;
}
