import { AsyncLocalStorage } from "node:async_hooks";

// Pages cannot set their own status code in the App Router. The server (scripts/serve.ts) runs each request inside
// this context; a page that could not read the database marks it, and the server answers 503 instead of 200.
// Kept on globalThis because Next.js bundles server code separately from scripts/serve.ts: both must see one instance.
// It also holds the dataset version once read, so a request reads it once (the ETag and the view cache both need it).
export type RequestState = { storeUnavailable: boolean; datasetVersion?: Promise<string> };

const globalForRequest = globalThis as unknown as { evidenceRequestContext?: AsyncLocalStorage<RequestState> };
export const requestContext = (globalForRequest.evidenceRequestContext ??= new AsyncLocalStorage<RequestState>());
