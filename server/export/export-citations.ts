import "server-only";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-bibtex";
import { exportFileName } from "../../lib/export/file-name";
import { unwrapRis } from "../../lib/export/ris";
import { toCsl } from "../../lib/export/to-csl";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";
import { countSources, LOAD_BATCH, loadSourcesPage } from "../claims/load-claims";
import { withStore } from "../db";
import { ExportTooLargeError, MAX_EXPORT_ROWS } from "./export-response";

const FORMATS = {
  ris: { ext: "ris", type: "application/x-research-info-systems; charset=utf-8" },
  bibtex: { ext: "bib", type: "application/x-bibtex; charset=utf-8" },
  "csl-json": { ext: "json", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;

/** The sources behind the claims matching a query, as RIS, BibTeX or CSL-JSON. */
export async function exportCitations(query: ClaimsQuery, format: keyof typeof FORMATS, params: URLSearchParams) {
  return withStore(async (store) => {
    const total = await countSources(store.prisma, query);
    if (total > MAX_EXPORT_ROWS) throw new ExportTooLargeError(total);
    const sources = [];
    for (let offset = 0; offset < total; offset += LOAD_BATCH) {
      const ids = await loadSourcesPage(store.prisma, query, "author", LOAD_BATCH, offset);
      const rows = new Map((await store.prisma.source.findMany({ where: { id: { in: ids } } })).map((r) => [r.id, r]));
      sources.push(...ids.map((id) => rows.get(id)!));
    }
    const items = sources.map(toCsl);
    const body =
      format === "csl-json"
        ? JSON.stringify(items, null, 2)
        : format === "ris"
          ? unwrapRis(String(new Cite(items).format("ris", { format: "text" })))
          : new Cite(items).format("bibtex", { format: "text" });
    return new Response(String(body), {
      headers: {
        "Content-Type": FORMATS[format].type,
        "Content-Disposition": `attachment; filename="${exportFileName("sources", params, FORMATS[format].ext)}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
