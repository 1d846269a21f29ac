// A synthetic data set for benchmarks only: the real claims cloned with new ids until there are
// `target` claims. Never written to data/; the statements say they are synthetic.
import type { DataFile } from "../lib/dataset/validate-dataset";
import type { EvidenceFile } from "../lib/schemas/evidence-file";

export function syntheticDataset(real: DataFile[], target: number): DataFile[] {
  const files = real.map((f) => f.content as EvidenceFile);
  const perCopy = files.reduce((n, f) => n + f.claims.length, 0);
  const copies = Math.ceil(target / perCopy);
  const out: DataFile[] = [];
  let made = 0;
  for (let copy = 0; copy < copies && made < target; copy++) {
    for (const f of files) {
      if (made >= target) break;
      const id = `${f.source.id}-synthetic-${copy}`;
      const claims = f.claims.slice(0, target - made).map((c) => ({
        ...c,
        id: `${c.id}-synthetic-${copy}`,
        statement: `[synthetic benchmark row ${copy}] ${c.statement}`.slice(0, 400),
        alsoCites: c.alsoCites?.map((a) => ({ ...a, source: `${a.source}-synthetic-${copy}` })),
        studySource: c.studySource && `${c.studySource}-synthetic-${copy}`,
      }));
      made += claims.length;
      out.push({
        file: `bench/${id}.json`,
        content: {
          // Copies drop the identifiers (they must stay unique), so they are filed as reports, not journal articles.
          source: { ...f.source, id, kind: "report", pmid: undefined, doi: undefined, pmcid: undefined, noPmid: undefined, url: f.source.url ?? `https://example.org/${id}` },
          claims,
        },
      });
    }
  }
  // alsoCites must point at sources that exist in this copy
  const ids = new Set(out.map((f) => (f.content as EvidenceFile).source.id));
  for (const f of out) {
    for (const c of (f.content as EvidenceFile).claims) {
      c.alsoCites = c.alsoCites?.filter((a) => ids.has(a.source));
      if (c.studySource && !ids.has(c.studySource)) delete c.studySource;
    }
  }
  return out;
}
