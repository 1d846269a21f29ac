import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

// A PostgreSQL server that is down: a loopback port nothing listens on.
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("when the PostgreSQL server is down", () => {
  it("GET /api/health answers 503 with a message, and /api/claims too", async () => {
    process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${await closedPort()}/evidence`;
    const health = await import("../../app/api/health/route");
    const response = await health.GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "database_unavailable",
      message: expect.stringMatching(/cannot be reached/),
    });

    const claims = await import("../../app/api/claims/route");
    const { NextRequest } = await import("next/server");
    const list = await claims.GET(new NextRequest("http://localhost/api/claims?subtype=trd"));
    expect(list.status).toBe(503);
  });

  it("still answers a malformed request with 400 before touching the database", async () => {
    const claims = await import("../../app/api/claims/route");
    const { NextRequest } = await import("next/server");
    const response = await claims.GET(new NextRequest("http://localhost/api/claims?route=rectal"));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/route: unknown route "rectal"/);
  });
});
