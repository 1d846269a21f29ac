import "server-only";
import type { ClaimColumnId } from "../../lib/claim-columns";
import { exportColumns } from "../../lib/export/claim-export-columns";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import type { ClaimDto } from "../claims/claim-dto";
import { claimsInBatches, countClaims } from "../claims/load-claims";
import { getDatasetInfo, withStore } from "../db";
import { exportAbout } from "./export-about";
import { ExportTooLargeError, MAX_CSV_ROWS, MAX_EXPORT_ROWS, exportResponse } from "./export-response";
import type { ExportCell } from "./write-csv";

/**
 * Every claim matching the view's query, in the view's order (not just the visible page), as
 * CSV or XLSX. Rows are read in batches and streamed out, so memory stays flat.
 */
export async function exportClaims(query: ClaimsQuery, columns: ClaimColumnId[], format: "csv" | "xlsx", bom: boolean, params: URLSearchParams) {
  return withStore(async (store) => {
    const [total, info] = await Promise.all([countClaims(store.prisma, query), getDatasetInfo(store)]);
    const limit = format === "csv" ? MAX_CSV_ROWS : MAX_EXPORT_ROWS;
    if (total > limit) throw new ExportTooLargeError(total, limit);
    const cols = exportColumns(columns);
    const sources = new Map<string, ClaimDto["sources"][number]>();

    const claims = () => claimsInBatches(store, query, query.sort);
    async function* claimRows(): AsyncGenerator<ExportCell[]> {
      for await (const claim of claims()) {
        // The sources sheet exists only in XLSX; a CSV export keeps nothing per row.
        if (format === "xlsx") claim.sources.forEach((s) => sources.set(s.id, s));
        yield cols.map((c) => {
          const value = c.value(claim);
          const link = c.link?.(claim);
          return link && value !== null ? { text: String(value), hyperlink: link } : value;
        });
      }
    }
    const sourceRows = (): ExportCell[][] =>
      [...sources.values()]
        .sort((a, b) => a.firstAuthor.localeCompare(b.firstAuthor) || a.year - b.year)
        .map((s) => [
          s.id,
          s.firstAuthor,
          s.year,
          s.title,
          s.journal,
          s.design,
          s.n,
          s.pmid ? { text: s.pmid, hyperlink: `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/` } : "",
          s.doi ? { text: s.doi, hyperlink: `https://doi.org/${s.doi}` } : "",
          s.url ? { text: s.url, hyperlink: s.url } : "",
        ]);

    return exportResponse({
      view: "explorer",
      params,
      format,
      bom,
      tables: [
        () => ({ name: "Claims", headers: cols.map((c) => c.header), widths: cols.map((c) => c.width), rows: claimRows() }),
        () => ({
          name: "Sources",
          headers: ["Source id", "First author", "Year", "Title", "Journal", "Design", "Participants", "PMID", "DOI", "URL"],
          widths: [30, 16, 6, 60, 28, 18, 10, 12, 28, 40],
          rows: sourceRows(),
        }),
      ],
      about: () => exportAbout("Evidence explorer", params, info?.version ?? null, total),
    });
  });
}
