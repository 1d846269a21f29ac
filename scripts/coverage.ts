import { validateDataset } from "../lib/dataset/validate-dataset";
import { coverage, coverageGaps } from "../lib/dataset/coverage";
import { readDataFiles } from "../server/dataset/read-data-files";
const { dataset } = validateDataset(await readDataFiles());
const c = coverage(dataset);
console.log(JSON.stringify(c.byCategory));
for (const [k, v] of Object.entries(c.bySubtype)) console.log(k, JSON.stringify(v));
for (const [k, v] of Object.entries(c.byRoute)) console.log(k, JSON.stringify(v));
console.log(coverageGaps(dataset));
