import "server-only";
import { NextResponse } from "next/server";
import { StoreUnavailableError } from "../db";
import { ExportTooLargeError } from "../export/export-response";
import { RateLimitedError } from "./rate-limit";

export class BadRequestError extends Error {
  constructor(message: string, readonly issues: { param: string; message: string }[] = []) {
    super(message);
    this.name = "BadRequestError";
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The one place route handlers turn errors into responses. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof BadRequestError) {
    return NextResponse.json({ error: "bad_request", message: error.message, issues: error.issues }, { status: 400 });
  }
  if (error instanceof NotFoundError) {
    return NextResponse.json({ error: "not_found", message: error.message }, { status: 404 });
  }
  if (error instanceof ExportTooLargeError) {
    return NextResponse.json({ error: "export_too_large", message: error.message }, { status: 413 });
  }
  if (error instanceof RateLimitedError) {
    return NextResponse.json({ error: "rate_limited", message: error.message }, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  if (error instanceof StoreUnavailableError) {
    return NextResponse.json(
      { error: "database_unavailable", message: "The evidence database cannot be reached. Try again shortly; if it persists, check the database server." },
      { status: 503 },
    );
  }
  console.error(error);
  return NextResponse.json({ error: "internal", message: "Something went wrong on the server." }, { status: 500 });
}

export function handle(fn: () => Promise<Response>): Promise<Response> {
  return fn().catch(errorResponse);
}
