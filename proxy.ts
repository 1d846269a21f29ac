import { NextResponse, type NextRequest } from "next/server";
import { COMMON_HEADERS, MAX_URL_LENGTH, NON_PAGE_CSP, pageCsp } from "./lib/security-headers";

// Every request passes here first (pages, API, exports and static files): an over-long URL is refused; every
// response gets the security headers; pages get a CSP with a fresh nonce that Next.js puts on its own scripts
// (all pages render per request, so every page response carries its own nonce).
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname.length + url.search.length > MAX_URL_LENGTH) {
    return new NextResponse(JSON.stringify({ error: "bad_request", message: `The address is longer than ${MAX_URL_LENGTH} characters; use fewer filters.` }), {
      status: 414,
      headers: { "Content-Type": "application/json", ...COMMON_HEADERS, "Content-Security-Policy": NON_PAGE_CSP },
    });
  }
  const isPage = !url.pathname.startsWith("/api/") && !url.pathname.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(url.pathname);
  if (!isPage) {
    const response = NextResponse.next();
    for (const [key, value] of Object.entries({ ...COMMON_HEADERS, "Content-Security-Policy": NON_PAGE_CSP })) response.headers.set(key, value);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries({ ...COMMON_HEADERS, "Content-Security-Policy": csp })) response.headers.set(key, value);
  return response;
}
