import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validFixtureFiles } from "../fixtures/evidence-files";
import { fhirValidator } from "../support/fhir-schema";

describe("npm run data:release", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("writes a versioned snapshot (JSON, CSV, FHIR Bundle) with a manifest whose hashes match the files", async () => {
    const data = await mkdtemp(path.join(os.tmpdir(), "release-data-"));
    const out = await mkdtemp(path.join(os.tmpdir(), "release-out-"));
    dirs.push(data, out);
    for (const f of validFixtureFiles()) await writeFile(path.join(data, path.basename(f.file)), JSON.stringify(f.content));
    execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/data-release.ts"], { env: { ...process.env, EVIDENCE_DATA_DIR: data, RELEASE_DIR: out }, stdio: "pipe" });
    const [version] = await readdir(out);
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    const manifest = JSON.parse(await readFile(path.join(out, version, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ datasetVersion: version, claims: 4, sources: 2 });
    for (const [name, sha] of Object.entries(manifest.files as Record<string, string>)) {
      expect(createHash("sha256").update(await readFile(path.join(out, version, name))).digest("hex"), name).toBe(sha);
    }
    const bundle = JSON.parse(await readFile(path.join(out, version, "fhir-bundle.json"), "utf8"));
    expect(fhirValidator("Bundle")(bundle).errors).toEqual([]);
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType).sort()).toEqual(["Citation", "Citation", "Evidence", "Evidence", "Evidence", "Evidence"]);
    const csv = await readFile(path.join(out, version, "claims.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toContain("Certainty (GRADE)");
  });
});
