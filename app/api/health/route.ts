import { NextResponse } from "next/server";
import { getDatasetInfo, withStore } from "../../../server/db";
import { handle } from "../../../server/api/errors";

export const dynamic = "force-dynamic";

/** A monitor must hear back quickly: with the database frozen, 503 well within 3 seconds. */
const HEALTH_TIMEOUT_MS = 2500;

export function GET() {
  return handle(() =>
    withStore(async (store) => {
      const [claims, info] = await Promise.all([store.prisma.claim.count(), getDatasetInfo(store)]);
      return NextResponse.json({
        status: "ok",
        database: store.kind,
        claims,
        datasetVersion: info?.version ?? null,
        importedAt: info?.importedAt ?? null,
      });
    }, { timeoutMs: HEALTH_TIMEOUT_MS }),
  );
}
