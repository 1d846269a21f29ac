// `npm run data:coverage`: the dataset's coverage matrices as Markdown (pasted into the README).
import { coverage, coverageGaps, trialDataCoverage } from "../lib/dataset/coverage";
import { validateDataset } from "../lib/dataset/validate-dataset";
import { CATEGORY_LABEL, ROUTE_LABEL, SUBTYPE_LABEL } from "../lib/labels";
import { CATEGORIES } from "../lib/schemas/vocabulary";
import { readDataFiles } from "../server/dataset/read-data-files";

const { errors, dataset } = validateDataset(await readDataFiles());
if (errors.length) throw new Error(`data/ has ${errors.length} errors; run npm run data:check`);
const c = coverage(dataset);
const head = `| | ${CATEGORIES.map((k) => CATEGORY_LABEL[k]).join(" | ")} |\n|---|${CATEGORIES.map(() => "---").join("|")}|`;
const table = (rows: Record<string, Record<string, number>>, labels: Record<string, string>) =>
  [head, ...Object.entries(rows).map(([k, row]) => `| ${labels[k]} | ${CATEGORIES.map((cat) => row[cat] || "·").join(" | ")} |`)].join("\n");
console.log(`${c.claims} claims from ${c.sources} sources.\n`);
console.log(`Claims by subtype × category:\n\n${table(c.bySubtype, SUBTYPE_LABEL)}\n`);
console.log(`Claims by route × category:\n\n${table(c.byRoute, ROUTE_LABEL)}\n`);
console.log(`All claims by category: ${CATEGORIES.map((k) => `${CATEGORY_LABEL[k]} ${c.byCategory[k]}`).join(", ")}.`);
const gaps = coverageGaps(dataset);
console.log(gaps.length ? `\nGaps: ${gaps.join("; ")}` : "\nNo required cell is empty.");
const trials = trialDataCoverage(dataset);
console.log(`\nRandomised trials with data the synthesis can pool: ${trials.size}`);
for (const [trial, outcomes] of [...trials].sort()) console.log(`- ${trial}: ${[...outcomes].join(", ")}`);
