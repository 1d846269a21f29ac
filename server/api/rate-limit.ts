import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { readEnv } from "../env";

// Exports are the expensive requests (every matching row, streamed): each client gets EXPORT_RATE_LIMIT per minute
// (0 = off). Per process, in memory: with several instances each keeps its own count (docs: Operations).

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many exports from this address: try again in ${retryAfterSeconds} s.`);
    this.name = "RateLimitedError";
  }
}

const globalForLimiter = globalThis as unknown as { evidenceExportLimiter?: RateLimiterMemory | null };

function limiter(): RateLimiterMemory | null {
  if (globalForLimiter.evidenceExportLimiter === undefined) {
    const points = readEnv().EXPORT_RATE_LIMIT;
    globalForLimiter.evidenceExportLimiter = points > 0 ? new RateLimiterMemory({ points, duration: 60 }) : null;
  }
  return globalForLimiter.evidenceExportLimiter;
}

/** The client as the server saw it (scripts/serve.ts sets x-evidence-client from the socket; never from the client). */
function clientOf(headers: Headers): string {
  return headers.get("x-evidence-client") ?? headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "local";
}

export async function limitExport(request: { headers: Headers }): Promise<void> {
  const l = limiter();
  if (!l) return;
  try {
    await l.consume(clientOf(request.headers));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    throw error;
  }
}
