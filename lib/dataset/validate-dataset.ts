import { checkLevel } from "../evidence-levels";
import { evidenceFileSchema, type ClaimInput, type SourceInput } from "../schemas/evidence-file";
import type { DesignInput } from "../evidence-levels";
import type { Design } from "../schemas/vocabulary";

/** Designs that cannot measure how often a harm occurs: they give no incidence per arm. */
export const NO_INCIDENCE_DESIGNS = new Set<Design>(["case-series", "case-report", "pharmacovigilance", "preclinical", "narrative-review"]);

export type DataFile = { file: string; content: unknown; parseError?: string };
export type DatasetError = { file: string; path: string; message: string };
export type Dataset = {
  sources: SourceInput[];
  claims: (ClaimInput & { sourceId: string; file: string })[];
};

function pathOf(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");
}

/**
 * Validates every curated file and the links between them. Collects all errors of the run
 * rather than stopping at the first, so a curator can fix them in one pass.
 */
export function validateDataset(files: readonly DataFile[]): { errors: DatasetError[]; dataset: Dataset } {
  const errors: DatasetError[] = [];
  const sources: SourceInput[] = [];
  const claims: Dataset["claims"] = [];
  const sourceFile = new Map<string, string>();
  const claimFile = new Map<string, string>();
  const pmids = new Map<string, string>();
  const dois = new Map<string, string>();

  for (const { file, content, parseError } of files) {
    if (parseError) {
      errors.push({ file, path: "(file)", message: `not valid JSON: ${parseError}` });
      continue;
    }
    const parsed = evidenceFileSchema.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ file, path: pathOf(issue.path) || "(file)", message: issue.message });
      }
      continue;
    }
    const { source, claims: fileClaims } = parsed.data;
    const expectedName = `${source.id}.json`;
    if (!file.endsWith(expectedName)) {
      errors.push({ file, path: "source.id", message: `file name must be ${expectedName} (the source id)` });
    }
    const seen = sourceFile.get(source.id);
    if (seen) errors.push({ file, path: "source.id", message: `duplicate source id "${source.id}" (also in ${seen})` });
    sourceFile.set(source.id, file);
    for (const [key, map] of [["pmid", pmids], ["doi", dois]] as const) {
      const value = key === "doi" ? source.doi?.toLowerCase() : source.pmid;
      if (!value) continue;
      const other = map.get(value);
      if (other) errors.push({ file, path: `source.${key}`, message: `duplicate ${key.toUpperCase()} ${value} (also in ${other})` });
      map.set(value, file);
    }
    sources.push(source);
    fileClaims.forEach((claim) => claims.push({ ...claim, sourceId: source.id, file }));
  }

  const designOf = new Map<string, DesignInput>(sources.map((s) => [s.id, { design: s.design, pools: s.pools }]));
  const indexInFile = new Map<string, number>();
  claims.forEach((claim) => {
    const index = indexInFile.get(claim.file) ?? 0;
    indexInFile.set(claim.file, index + 1);
    const at = (p: string) => `claims[${index}]${p ? `.${p}` : ""}`;
    const other = claimFile.get(claim.id);
    if (other) errors.push({ file: claim.file, path: at("id"), message: `duplicate claim id "${claim.id}" (also in ${other})` });
    claimFile.set(claim.id, claim.file);

    // A per-study row from a review's analysis table is one trial: it is judged as a randomised trial, not as the review.
    const designs: DesignInput[] = [claim.studyLabel ? { design: claim.studyDesign === "crossover" ? "crossover-rct" : "rct" } : designOf.get(claim.sourceId)!];
    if (claim.studySource) {
      const trial = designOf.get(claim.studySource) as { design: Design } | undefined;
      if (!claim.studyLabel) errors.push({ file: claim.file, path: at("studySource"), message: "studySource belongs to a per-study row: give its studyLabel too" });
      if (!trial) errors.push({ file: claim.file, path: at("studySource"), message: `names source "${claim.studySource}", which does not exist` });
      else if (trial.design !== "rct" && trial.design !== "crossover-rct") errors.push({ file: claim.file, path: at("studySource"), message: `names source "${claim.studySource}", which is a ${trial.design}, not a randomised trial` });
    }
    (claim.alsoCites ?? []).forEach((cite, i) => {
      const design = designOf.get(cite.source);
      if (!design) {
        errors.push({ file: claim.file, path: at(`alsoCites[${i}].source`), message: `cites source "${cite.source}", which does not exist` });
      } else {
        designs.push(design);
      }
    });
    const levelError = checkLevel(claim.level, claim.levelReason, designs, claim.comparison);
    if (levelError) errors.push({ file: claim.file, path: at("level"), message: levelError });
    const primaryDesign = (designOf.get(claim.sourceId) as { design: Design }).design;
    if (claim.adverseEffect?.arms && NO_INCIDENCE_DESIGNS.has(primaryDesign)) {
      errors.push({
        file: claim.file,
        path: at("adverseEffect.arms"),
        message: `a ${primaryDesign} cannot show how often a harm occurs: no incidence per arm (say what was reported in the statement)`,
      });
    }
  });

  return { errors, dataset: { sources, claims } };
}

export function formatDatasetErrors(errors: readonly DatasetError[]): string {
  return errors.map((e) => `${e.file} › ${e.path}: ${e.message}`).join("\n");
}
