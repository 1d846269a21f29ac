/** What a printout or a screenshot must carry: the view's filters, the date and the dataset version. */
export function ViewMeta({ filters, datasetVersion }: { filters: string; datasetVersion: string | null }) {
  return (
    <p className="muted" data-testid="view-meta">
      Filters: {filters || "none"} · dataset version <span data-testid="dataset-version">{datasetVersion ?? "none imported"}</span>
      <span className="print-only"> · printed {new Date().toISOString().slice(0, 10)}</span>
    </p>
  );
}
