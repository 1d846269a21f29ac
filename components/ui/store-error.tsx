export function StoreError() {
  return (
    <div className="error-box" role="alert" data-testid="store-error">
      <h1>The evidence database cannot be reached</h1>
      <p>No evidence could be loaded. This is an error, not an empty result — try again shortly.</p>
    </div>
  );
}

export function QueryError({ message }: { message: string }) {
  return (
    <div className="error-box" role="alert" data-testid="query-error">
      <h1>This link has a filter the app does not understand</h1>
      <p>{message}</p>
      <p>
        <a href="?">Show all evidence instead</a>
      </p>
    </div>
  );
}

/** A bad part of a link, reported above the results of the rest of it (the valid filters are kept). */
export function QueryNotice({ message, ignored }: { message: string; ignored: string[] }) {
  return (
    <div className="error-box" role="alert" data-testid="query-error">
      <p>
        <strong>Part of this link was not understood and is left out:</strong> {message}
      </p>
      <p className="muted">Left out: {ignored.join(", ")}. The rest of the link still applies below.</p>
    </div>
  );
}

/** What a view shows instead of its table when its URL or its database failed. */
export function ViewError({ failure }: { failure: { reason: "bad-query"; message: string } | { reason: "unavailable" } }) {
  return failure.reason === "bad-query" ? <QueryError message={failure.message} /> : <StoreError />;
}
