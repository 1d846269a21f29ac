import "server-only";
import { RateLimitedError } from "../api/rate-limit";
import { StoreUnavailableError } from "../db";
import { FHIR_CONTENT_TYPE, operationOutcome } from "../../lib/fhir/to-fhir";

export class FhirNotFoundError extends Error {}
export class FhirBadRequestError extends Error {}

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": FHIR_CONTENT_TYPE, ...headers } });
}

/** FHIR endpoints answer errors as OperationOutcome resources, with the same status codes as the rest of the API. */
export async function fhirHandle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof FhirBadRequestError) return fhirJson(operationOutcome("invalid", error.message), 400);
    if (error instanceof FhirNotFoundError) return fhirJson(operationOutcome("not-found", error.message), 404);
    if (error instanceof RateLimitedError) return fhirJson(operationOutcome("transient", error.message), 429, { "Retry-After": String(error.retryAfterSeconds) });
    if (error instanceof StoreUnavailableError) return fhirJson(operationOutcome("transient", "The evidence database cannot be reached."), 503);
    console.error(error);
    return fhirJson(operationOutcome("exception", "Something went wrong on the server."), 500);
  }
}
