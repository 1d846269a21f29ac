import { defineConfig, devices } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

// Playwright's own browser download cannot work on a closed network: use the system Chromium
// (Debian's `chromium` package) and fail loudly, with the command to get it, when there is none.
function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  try {
    candidates.push(execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim());
  } catch {
    // not on PATH
  }
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\n" +
        "or set CHROMIUM_PATH to a Chromium binary. The tests never skip.",
    );
  }
  return found;
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium(),
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    // The README's run command, on its own store, so the tests see exactly what a user sees.
    command: "npx --no-install tsx scripts/start.ts",
    url: `http://localhost:${PORT}/api/health`,
    // E2E_DATABASE_URL runs the same specs against a PostgreSQL server instead of the embedded store.
    // Export rate limit off: the suite downloads many files from one address; operations.spec.ts tests the limit.
    env: { PORT: String(PORT), PGLITE_DIR: ".data/e2e", DATABASE_URL: process.env.E2E_DATABASE_URL ?? "", EXPORT_RATE_LIMIT: "0" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
