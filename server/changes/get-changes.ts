import "server-only";
import type { ChangesQuery } from "../../lib/schemas/changes-query";
import type { PrismaClient } from "../../generated/prisma/client";
import { withStore } from "../db";

export type Release = {
  version: string;
  importedAt: string;
  claimCount: number;
  added: { id: string; statement: string }[];
  changed: { id: string; statement: string }[];
  withdrawn: { id: string; statement: string }[];
};

/**
 * The releases after `since` (a version: everything imported after it; a date: imported after that day), newest
 * first, each with the claims it added, changed and withdrew. An unknown version is treated as "everything".
 */
export async function getChanges(query: ChangesQuery, limit = 50) {
  return withStore((store) => readChanges(store.prisma, query, limit));
}

export async function readChanges(prisma: PrismaClient, query: ChangesQuery, limit = 50) {
  {
    let after: Date | null = null;
    let sinceKnown = true;
    if (query.since && /\.[0-9a-f]{8}$/.test(query.since)) {
      const release = await prisma.datasetRelease.findUnique({ where: { version: query.since } });
      after = release?.importedAt ?? null;
      sinceKnown = Boolean(release);
    } else if (query.since) {
      after = new Date(`${query.since}T23:59:59.999Z`);
    }
    const [releases, info] = await Promise.all([
      prisma.datasetRelease.findMany({
        where: after ? { importedAt: { gt: after } } : {},
        orderBy: { importedAt: "desc" },
        take: limit,
        include: { changes: { orderBy: { claimId: "asc" } } },
      }),
      prisma.datasetInfo.findUnique({ where: { id: 1 } }),
    ]);
    const out: Release[] = releases.map((r) => ({
      version: r.version,
      importedAt: r.importedAt.toISOString(),
      claimCount: r.claimCount,
      added: r.changes.filter((c) => c.kind === "added").map(({ claimId, statement }) => ({ id: claimId, statement })),
      changed: r.changes.filter((c) => c.kind === "changed").map(({ claimId, statement }) => ({ id: claimId, statement })),
      withdrawn: r.changes.filter((c) => c.kind === "withdrawn").map(({ claimId, statement }) => ({ id: claimId, statement })),
    }));
    return { datasetVersion: info?.version ?? null, since: query.since ?? null, sinceKnown, releases: out };
  }
}
