// The claims' word-aware search index (column search_vector, GIN index), written once per import.
// Searched with websearch_to_tsquery('english', q) in server/claims/claims-sql.ts.

/** What the search vector indexes (filled at import): the statement and the fields a clinician searches by name. */
export const FILL_SEARCH_VECTOR_SQL = `UPDATE "claim" SET "search_vector" =
  setweight(to_tsvector('english', coalesce("statement", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("outcome", '') || ' ' || coalesce("ae_label", '') || ' ' || coalesce("comparator", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("sort_citation", '') || ' ' || coalesce("study_label", '') || ' ' || coalesce("dose_as_studied", '') || ' ' || "id"), 'C')`;

