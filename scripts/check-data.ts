// Validates data/ without touching a database: `npm run data:check`.
import { formatDatasetErrors, validateDataset } from "../lib/dataset/validate-dataset";
import { readDataFiles } from "../server/dataset/read-data-files";

const files = await readDataFiles();
const { errors, dataset } = validateDataset(files);
if (errors.length > 0) {
  console.error(`${errors.length} error(s) in data/:\n${formatDatasetErrors(errors)}`);
  process.exit(1);
}
console.log(`data/ is valid: ${dataset.sources.length} sources, ${dataset.claims.length} claims`);
