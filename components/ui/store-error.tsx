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

/** What a view shows instead of its table when its URL or its database failed. */
export function ViewError({ failure }: { failure: { reason: "bad-query"; message: string } | { reason: "unavailable" } }) {
  return failure.reason === "bad-query" ? <QueryError message={failure.message} /> : <StoreError />;
}
