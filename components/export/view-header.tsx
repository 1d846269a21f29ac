import { describeFilters, toSearchParams, type ViewParams } from "../../lib/view-params";
import { QueryNotice } from "../ui/store-error";
import { ChangedSinceNotice } from "./changed-since";
import { ExportToolbar } from "./export-toolbar";

/**
 * What every table view carries above its table: its filters in words, the dataset version (and the
 * date, when printed), a notice when a shared link is older than the data, and the export bar.
 */
export function ViewHeader({
  apiPath,
  params,
  citations,
  datasetVersion,
  linkedVersion,
  problem,
}: {
  apiPath: string;
  params: ViewParams;
  /** The claim filters whose sources the citation exports list. */
  citations: ViewParams;
  datasetVersion: string | null;
  linkedVersion: string | string[] | undefined;
  /** Parts of the link that were left out because they were not understood. */
  problem?: { message: string; ignored: string[] } | null;
}) {
  return (
    <>
      {problem ? <QueryNotice message={problem.message} ignored={problem.ignored} /> : null}
      <p className="muted" data-testid="view-meta">
        Filters: {describeFilters(params) || "none"} · dataset version{" "}
        <span data-testid="dataset-version">{datasetVersion ?? "none imported"}</span>
        <span className="print-only"> · printed {new Date().toISOString().slice(0, 10)}</span>
      </p>
      <ChangedSinceNotice linked={typeof linkedVersion === "string" ? linkedVersion : undefined} current={datasetVersion} />
      <ExportToolbar apiPath={apiPath} query={toSearchParams(params).toString()} citationQuery={toSearchParams(citations).toString()} datasetVersion={datasetVersion} />
    </>
  );
}
