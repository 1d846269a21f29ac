"use client";

import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import { formatHours, type OnsetPoint } from "../../../lib/onset/build-onset-series";

// A client component only so that its hydration data is the points, not the rendered rows a second time; the chart
// beside it gets the same points (docs/decisions/0003-plain-links.md).

/** The chart as a table: its text equivalent, one row per mark. */
export function OnsetTable({ points, groupHeader }: { points: OnsetPoint[]; groupHeader: string }) {
  return (
    <table className="data cards onset-table" data-testid="onset-table">
      <caption style={{ textAlign: "left" }}>The chart as a table (text equivalent)</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          <th scope="col">Mark</th>
          <th scope="col">Time</th>
          <th scope="col">Timepoint as reported</th>
          <th scope="col">Finding</th>
          <th scope="col">Level</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={`${p.claimId}-${p.group}`} data-claim-id={p.claimId}>
            <td data-label="Group">{p.group}</td>
            <td data-label="Mark">{p.kind === "onset" ? "● Onset" : p.kind === "durability" ? "▲ Durability" : "◆ Suicidal ideation"}</td>
            <td data-label="Time">{formatHours(p.hours)}</td>
            <td data-label="Timepoint as reported">{p.timepoint}</td>
            <td data-label="Finding">
              <a href={`/claims/${p.claimId}`}>{p.statement}</a>
            </td>
            <td data-label="Level">
              <EvidenceBadge level={p.level} certainty={p.certainty} />
            </td>
            <td data-label="Source">{p.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
