"use client";

import { useRouter } from "next/navigation";
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatHours, type OnsetPoint } from "../../../lib/onset/build-onset-series";

const TICKS = [0.5, 2, 24, 168, 672, 2190, 8760, 26280];

/**
 * Time runs left to right on a log scale, from minutes to months. Onset and durability differ by
 * shape (circle, triangle) and by legend text, so the chart reads without colour.
 */
export function OnsetChart({ groups, points }: { groups: string[]; points: OnsetPoint[] }) {
  const router = useRouter();
  const data = (kind: OnsetPoint["kind"]) =>
    points
      .filter((p) => p.kind === kind)
      // Onset marks sit just above the group's line and durability marks just below, so they never hide each other.
      .map((p) => ({ ...p, x: Math.max(p.hours, 0.1), y: groups.indexOf(p.group) + (kind === "onset" ? -0.15 : 0.15) }));
  const open = (p: unknown) => {
    const id = (p as { payload?: OnsetPoint }).payload?.claimId ?? (p as OnsetPoint).claimId;
    if (id) router.push(`/claims/${id}`);
  };
  return (
    <figure aria-label="Chart of onset and durability by group; the same data is in the table below" style={{ margin: 0 }}>
      <div style={{ width: "100%", height: Math.max(220, groups.length * 60 + 90) }}>
        <ResponsiveContainer>
          <ScatterChart margin={{ top: 10, right: 20, bottom: 30, left: 20 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              scale="log"
              domain={[0.1, 43800]}
              ticks={TICKS}
              tickFormatter={(h: number) => formatHours(h)}
              name="Time"
              label={{ value: "Time after dosing (log scale)", position: "insideBottom", offset: -18 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, groups.length - 0.5]}
              ticks={groups.map((_, i) => i)}
              tickFormatter={(i: number) => groups[i] ?? ""}
              width={190}
              reversed
              name="Group"
            />
            <Tooltip
              content={({ payload }) => {
                const p = payload?.[0]?.payload as OnsetPoint | undefined;
                return p ? (
                  <div style={{ background: "#fff", border: "1px solid #999", padding: 6, maxWidth: 320 }}>
                    <strong>{p.kind === "onset" ? "Onset" : "Durability"}</strong>: {p.timepoint} ({p.source}, Level {p.level})
                    <br />
                    {p.statement}
                  </div>
                ) : null;
              }}
            />
            <Legend verticalAlign="top" />
            <Scatter name="Onset: first significant effect" legendType="circle" data={data("onset")} fill="#0b5cad" shape="circle" onClick={open} cursor="pointer" isAnimationActive={false} />
            <Scatter name="Durability: how long it lasted" legendType="triangle" data={data("durability")} fill="#8a3b00" shape="triangle" onClick={open} cursor="pointer" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
