"use client";

// An unexpected failure lands here (an unreachable database is shown by the page itself):
// an empty table must only ever mean "no matching evidence".
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. This is an error, not an empty result.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
