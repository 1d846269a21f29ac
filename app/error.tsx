"use client";

// A failed read lands here: an empty table must only ever mean "no matching evidence".
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = /cannot be reached/i.test(error.message);
  return (
    <div className="error-box" role="alert">
      <h1>{unavailable ? "The evidence database cannot be reached" : "Something went wrong"}</h1>
      <p>
        {unavailable
          ? "No evidence could be loaded. This is an error, not an empty result. Try again shortly."
          : "The page could not be shown. This is an error, not an empty result."}
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
