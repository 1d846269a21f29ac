// A separate process that imports a data folder into the configured store (for the crash and concurrency tests).
// Env: DATABASE_URL or PGLITE_DIR, IMPORT_DIR. Prints "importing" just before the import starts, then the result.
import { openStore } from "../../server/db/open-store";
import { runMigrations } from "../../server/db/run-migrations";
import { importDataset } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";

const store = await openStore({ DATABASE_URL: process.env.DATABASE_URL || undefined, PGLITE_DIR: process.env.PGLITE_DIR ?? "" });
await runMigrations(store.sql);
const files = await readDataFiles(process.env.IMPORT_DIR!);
console.log("importing");
const result = await importDataset(store, files, { force: process.env.IMPORT_FORCE === "1" });
console.log(JSON.stringify(result));
await store.close();
