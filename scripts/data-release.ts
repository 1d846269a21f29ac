// `npm run data:release`: a citable, versioned snapshot of the dataset — releases/<version>/ with the claims as JSON
// (the API's shape), CSV (every column plus citations) and a FHIR R5 Bundle (Evidence and Citation), and a
// manifest.json with the dataset version, its content hash and each file's SHA-256. A protocol can cite the version
// and anyone can check the files. The data is imported into a throw-away embedded store to build the files with
// the same code the app serves them with.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CLAIM_COLUMN_IDS } from "../lib/claim-columns";
import { exportColumns } from "../lib/export/claim-export-columns";
import { fhirId } from "../lib/fhir/fhir-id";
import { toFhirCitation, toFhirEvidence } from "../lib/fhir/to-fhir";
import { parseClaimsQuery } from "../lib/schemas/claims-query";
import { getClaims } from "../server/claims/get-claims";
import { importDataset } from "../server/dataset/import-dataset";
import { readDataFiles } from "../server/dataset/read-data-files";
import { openStore } from "../server/db/open-store";
import { runMigrations } from "../server/db/run-migrations";
import { writeCsv } from "../server/export/write-csv";
import { readEnv } from "../server/env";

const ORIGIN = process.env.RELEASE_ORIGIN ?? "https://ketamine-evidence.example";

async function main() {
  const env = readEnv();
  const dir = await mkdtemp(path.join(os.tmpdir(), "release-"));
  const store = await openStore({ PGLITE_DIR: path.join(dir, "db") });
  try {
    await runMigrations(store.sql);
    const imported = await importDataset(store, await readDataFiles(env.EVIDENCE_DATA_DIR));
    const parsed = parseClaimsQuery(new URLSearchParams("pageSize=100&sort=id"));
    if (!parsed.ok) throw new Error(parsed.message);
    const claims = [];
    for (let page = 1; ; page++) {
      const result = await getClaims(store, { ...parsed.query, page });
      claims.push(...result.data);
      if (page * 100 >= result.total) break;
    }
    const sources = await store.prisma.source.findMany({ orderBy: { id: "asc" } });
    const info = await store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
    const out = path.resolve(process.env.RELEASE_DIR ?? "releases", imported.version);
    await mkdir(out, { recursive: true });

    const files: Record<string, string> = {
      "claims.json": JSON.stringify({ datasetVersion: imported.version, claims, sources }, null, 2),
      "fhir-bundle.json": JSON.stringify(
        {
          resourceType: "Bundle",
          type: "collection",
          timestamp: info?.importedAt.toISOString(),
          entry: [
            ...claims.map((c) => ({ fullUrl: `${ORIGIN}/api/fhir/Evidence/${fhirId(c.id)}`, resource: toFhirEvidence(c, ORIGIN) })),
            ...sources.map((s) => ({ fullUrl: `${ORIGIN}/api/fhir/Citation/${fhirId(s.id)}`, resource: toFhirCitation(s, ORIGIN) })),
          ],
        },
        null,
        2,
      ),
    };
    const columns = exportColumns(CLAIM_COLUMN_IDS);
    files["claims.csv"] = await new Response(
      writeCsv({ name: "claims", headers: columns.map((c) => c.header), rows: claims.map((c) => columns.map((col) => col.value(c))) }, { bom: false }),
    ).text();
    const manifest: Record<string, unknown> = {
      datasetVersion: imported.version,
      contentHash: info?.contentHash,
      claims: claims.length,
      sources: sources.length,
      createdAt: new Date().toISOString(),
      note: "Evidence summary for clinicians, not medical advice. Cite the dataset version.",
      files: {} as Record<string, string>,
    };
    for (const [name, body] of Object.entries(files)) {
      await writeFile(path.join(out, name), body);
      (manifest.files as Record<string, string>)[name] = createHash("sha256").update(await readFile(path.join(out, name))).digest("hex");
    }
    await writeFile(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`[release] ${path.relative(process.cwd(), out)}: ${claims.length} claims, ${sources.length} sources, version ${imported.version}`);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
