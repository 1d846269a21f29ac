import "server-only";
import { createHash } from "node:crypto";
import { currentVersion } from "../cache";

/**
 * Shared caches (a CDN, a reverse proxy) may keep an answer for a minute and serve it stale for a day while
 * they revalidate; revalidating costs one version read here and answers 304 until the dataset changes.
 */
export const API_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86400";

/** Weak ETag of (dataset version, path, canonical query): the same question on the same data. */
export function etagFor(version: string, url: URL): string {
  const params = new URLSearchParams([...url.searchParams].sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv)));
  const digest = createHash("sha256").update(`${version}\u0000${url.pathname}\u0000${params}`).digest("base64url").slice(0, 27);
  return `W/"${digest}"`;
}

function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || opaque(t) === opaque(tag));
}

/** Answers 304 when the client (or CDN) already holds this answer for this dataset version; else builds it and tags it. */
export async function withHttpCache(request: { headers: Headers; nextUrl: URL }, build: () => Promise<Response>): Promise<Response> {
  const tag = etagFor(await currentVersion(), request.nextUrl);
  if (matches(request.headers.get("if-none-match"), tag)) {
    return new Response(null, { status: 304, headers: { ETag: tag, "Cache-Control": API_CACHE_CONTROL } });
  }
  const response = await build();
  if (response.status === 200) {
    response.headers.set("ETag", tag);
    response.headers.set("Cache-Control", API_CACHE_CONTROL);
  }
  return response;
}
