// Serves the built app (called by scripts/start.ts). A thin wrapper around Next.js's request handler that does one
// thing `next start` cannot: a page that could not read the database answers HTTP 503 (with its message), not 200,
// so a monitor sees the outage. The page marks its request through a request context (server/db.ts).
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { requestContext, type RequestState } from "../lib/request-context";

/** Before the first byte goes out, a page marked "database unavailable" turns its 200 into 503. */
function withOutageStatus(res: ServerResponse, state: RequestState) {
  const fix = () => {
    if (!res.headersSent && state.storeUnavailable && res.statusCode === 200) {
      res.statusCode = 503;
      res.setHeader("Retry-After", "30");
    }
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    fix();
    return writeHead(state.storeUnavailable && status === 200 ? 503 : status, ...rest);
  }) as typeof res.writeHead;
  for (const method of ["write", "end"] as const) {
    const original = res[method].bind(res) as (...args: unknown[]) => unknown;
    (res as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      fix();
      return original(...args);
    };
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const state: RequestState = { storeUnavailable: false };
    // Who the client is, as the socket says (rate limits); a client-sent value is replaced, never trusted.
    req.headers["x-evidence-client"] = req.socket.remoteAddress ?? "unknown";
    requestContext.run(state, () => {
      withOutageStatus(res, state);
      void handle(req, res);
    });
  });
  server.listen(port, () => console.log(`[serve] ready on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
