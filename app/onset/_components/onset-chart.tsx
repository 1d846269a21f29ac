"use client";

import { formatHours, type OnsetPoint } from "../../../lib/onset/build-onset-series";

// SVG rendered with the page on the server: no chart library and nothing to do in the browser. It is a client
// component only so that its hydration data is the points it draws, shared with the table, rather than every SVG
// element a second time (docs/decisions/0003-plain-links.md). Time runs left to right on a log scale from minutes to years;
// each group is a row. Onset, durability and suicidal-ideation marks differ by shape (circle, triangle, diamond) and
// by legend text, so the chart reads without colour; every mark is a link to its claim with a tooltip.

const TICKS = [0.5, 2, 24, 168, 672, 2190, 8760, 26280];
const X_MIN = 0.1;
const X_MAX = 43800;
const WIDTH = 760;
const LEFT = 16;
const RIGHT = 24;
const ROW = 46;
const TOP = 44;
const AXIS = 52;

const KIND_LABEL: Record<OnsetPoint["kind"], string> = {
  onset: "Onset: first significant effect",
  durability: "Durability: how long it lasted",
  suicidality: "Suicidal ideation: effect at this time",
};
const OFFSET: Record<OnsetPoint["kind"], number> = { onset: -9, suicidality: 0, durability: 9 };

const x = (hours: number) => LEFT + ((Math.log10(Math.max(hours, X_MIN)) - Math.log10(X_MIN)) / (Math.log10(X_MAX) - Math.log10(X_MIN))) * (WIDTH - LEFT - RIGHT);

function Mark({ kind, cx, cy }: { kind: OnsetPoint["kind"]; cx: number; cy: number }) {
  if (kind === "onset") return <circle cx={cx} cy={cy} r={6} className="mark-onset" />;
  if (kind === "durability") return <path d={`M${cx},${cy - 7} L${cx + 7},${cy + 6} L${cx - 7},${cy + 6} Z`} className="mark-durability" />;
  return <path d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`} className="mark-suicidality" />;
}

export function OnsetChart({ groups, points }: { groups: string[]; points: OnsetPoint[] }) {
  const height = TOP + groups.length * ROW + AXIS;
  const rowY = (g: string) => TOP + groups.indexOf(g) * ROW + ROW / 2 + 8;
  const kinds = (["onset", "durability", "suicidality"] as const).filter((k) => points.some((p) => p.kind === k));
  return (
    <figure className="onset-chart" style={{ margin: 0 }}>
      <div className="chart-scroll">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby="onset-chart-title" width="100%" style={{ minWidth: 560 }}>
          <title id="onset-chart-title">
            {`Onset and durability by group on a log time axis: ${points.length} marks; the same data is in the table below.`}
          </title>
          <g className="legend" aria-hidden="true">
            {kinds.map((k, i) => (
              <g key={k} transform={`translate(${LEFT + i * 250},14)`}>
                <Mark kind={k} cx={8} cy={0} />
                <text x={20} y={4}>
                  {KIND_LABEL[k]}
                </text>
              </g>
            ))}
          </g>
          {TICKS.map((t) => (
            <g key={t} aria-hidden="true">
              <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS} className="grid" />
              <text x={x(t)} y={height - AXIS + 16} textAnchor="middle" className="tick">
                {formatHours(t)}
              </text>
            </g>
          ))}
          <text x={WIDTH / 2} y={height - 10} textAnchor="middle" className="axis-label" aria-hidden="true">
            Time after dosing (log scale)
          </text>
          {groups.map((g) => (
            <g key={g} aria-hidden="true">
              <text x={LEFT} y={rowY(g) - 16} className="group-label">
                {g}
              </text>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={rowY(g)} y2={rowY(g)} className="row-line" />
            </g>
          ))}
          {points.map((p) => (
            <a key={`${p.claimId}-${p.group}`} href={`/claims/${p.claimId}`} aria-label={`${KIND_LABEL[p.kind]}, ${p.group}, ${p.timepoint}: ${p.source}`}>
              <title>{`${KIND_LABEL[p.kind]} — ${p.timepoint} (${p.source}, Level ${p.level})\n${p.statement}`}</title>
              <Mark kind={p.kind} cx={x(p.hours)} cy={rowY(p.group) + OFFSET[p.kind]} />
            </a>
          ))}
        </svg>
      </div>
    </figure>
  );
}
