"use client";

import { useState } from "react";

/**
 * Downloads of exactly what the view shows (through the view's own API), a share link that pins
 * the dataset version, and print. The links are plain downloads, so scripts and people get the
 * same files.
 */
export function ExportToolbar({
  apiPath,
  query,
  citationQuery,
  datasetVersion,
}: {
  apiPath: string;
  query: string;
  citationQuery: string;
  datasetVersion: string | null;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const href = (path: string, q: string, extra: Record<string, string>) => {
    const p = new URLSearchParams(q);
    Object.entries(extra).forEach(([k, v]) => p.set(k, v));
    return `${path}?${p.toString()}`;
  };
  async function copyLink() {
    const url = new URL(window.location.href);
    if (datasetVersion) url.searchParams.set("v", datasetVersion);
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(url.toString());
    } catch {
      setCopied(url.toString());
    }
  }
  return (
    <div className="toolbar no-print" role="group" aria-label="Export this view" data-testid="export-toolbar">
      <span>Export this view:</span>
      <a className="button" href={href(apiPath, query, { format: "csv" })} download>
        CSV
      </a>
      <a className="button" href={href(apiPath, query, { format: "csv", bom: "1" })} download>
        CSV for Excel
      </a>
      <a className="button" href={href(apiPath, query, { format: "xlsx" })} download>
        Excel (.xlsx)
      </a>
      <span>Citations:</span>
      <a className="button" href={href("/api/sources", citationQuery, { format: "ris" })} download>
        RIS
      </a>
      <a className="button" href={href("/api/sources", citationQuery, { format: "bibtex" })} download>
        BibTeX
      </a>
      <a className="button" href={href("/api/sources", citationQuery, { format: "csl-json" })} download>
        CSL-JSON
      </a>
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" onClick={() => window.print()}>
        Print / PDF
      </button>
      {copied ? (
        <output data-testid="share-link" style={{ flexBasis: "100%" }}>
          Link copied (pins dataset version {datasetVersion}): <code>{copied}</code>
        </output>
      ) : null}
    </div>
  );
}

/** Shown when a shared link was made with an older dataset version. */
export function VersionNotice({ linked, current }: { linked: string | undefined; current: string | null }) {
  if (!linked || !current || linked === current) return null;
  return (
    <p className="disclaimer" role="status" data-testid="version-notice">
      This link was made with dataset version <strong>{linked}</strong>; the evidence has been updated since (now{" "}
      <strong>{current}</strong>), so some rows may differ from what the sender saw.
    </p>
  );
}
