import type { PooledOut, SynthesisStudy } from "../../lib/synthesis/build-synthesis";
import { studyInterval } from "../../lib/synthesis/build-synthesis";
import type { MaMeasure } from "../../lib/meta-analysis/effect-sizes";
import { formatNumber, measureAbbrev } from "../../lib/synthesis/format";

// A forest plot as plain SVG, rendered on the server (no client JavaScript), with a title and a description
// for screen readers; the page shows the same numbers as a table beside it. Ratios on a log axis.

const ROW = 24;
const LEFT = 210;
const PLOT = 330;
const RIGHT = 240;
const TOP = 34;

function ticksFor(lo: number, hi: number, ratio: boolean): number[] {
  if (ratio) {
    const candidates = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];
    return candidates.filter((t) => t >= lo * 0.999 && t <= hi * 1.001);
  }
  const span = hi - lo;
  const step = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50].find((s) => span / s <= 6) ?? 100;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(Number(t.toFixed(6)));
  return out;
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The forest plot as a standalone SVG document body: the page shows it and the SVG export downloads it. */
export function forestSvg({ studies, pooled, measure, title }: { studies: SynthesisStudy[]; pooled: PooledOut | null; measure: MaMeasure; title: string }): string {
  const ratio = measure === "rr" || measure === "or";
  const intervals = studies.map((s) => studyInterval(s, measure));
  const values = intervals.flatMap((i) => [i.ciLow, i.ciHigh]);
  if (pooled) values.push(pooled.ciLow, pooled.ciHigh, ...(pooled.piLow !== null ? [pooled.piLow, pooled.piHigh!] : []));
  const nullValue = ratio ? 1 : 0;
  values.push(nullValue);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (ratio) {
    lo = Math.max(lo, 0.01);
    hi = Math.min(hi, 100);
  }
  const f = ratio ? Math.log : (z: number) => z;
  const scale = (x: number) => {
    const clamped = Math.min(Math.max(x, lo), hi);
    return Number((LEFT + ((f(clamped) - f(lo)) / (f(hi) - f(lo) || 1)) * PLOT).toFixed(2));
  };
  const rows = studies.length + (pooled ? 2 : 0);
  const height = TOP + rows * ROW + 46;
  const width = LEFT + PLOT + RIGHT;
  const maxWeight = Math.max(1, ...studies.map((s) => s.weight ?? 0));
  const abbrev = measureAbbrev(measure);
  const desc = pooled
    ? `${studies.length} studies. Pooled ${abbrev} ${formatNumber(pooled.estimate)} (95% CI ${formatNumber(pooled.ciLow)} to ${formatNumber(pooled.ciHigh)}).`
    : `${studies.length} ${studies.length === 1 ? "study" : "studies"}; not pooled.`;
  const text = (x: number, y: number, t: string, extra = "") => `<text x="${x}" y="${y}" fill="currentColor"${extra}>${esc(t)}</text>`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="forest-title forest-desc" class="forest-plot" data-testid="forest-plot" style="max-width:${width}px;font-family:system-ui,sans-serif;font-size:12px">`,
    `<title id="forest-title">${esc(title)}</title><desc id="forest-desc">${esc(desc)}</desc>`,
    text(8, 18, "Study", ' font-weight="600"'),
    text(LEFT + PLOT / 2, 18, `${abbrev} (95% CI)`, ' font-weight="600" text-anchor="middle"'),
    text(LEFT + PLOT + 10, 18, "Estimate [95% CI]", ' font-weight="600"'),
    text(width - 8, 18, "Weight", ' font-weight="600" text-anchor="end"'),
    `<line x1="${scale(nullValue)}" x2="${scale(nullValue)}" y1="${TOP - 8}" y2="${TOP + rows * ROW}" stroke="currentColor" stroke-dasharray="3 3"/>`,
  );
  studies.forEach((s, i) => {
    const iv = intervals[i];
    const y = TOP + i * ROW + ROW / 2;
    const side = Number((4 + 8 * Math.sqrt((s.weight ?? maxWeight) / maxWeight)).toFixed(2));
    const label = s.label.length > 30 ? `${s.label.slice(0, 29)}…` : s.label;
    out.push(
      `<g data-study="${esc(s.id)}">`,
      text(8, y + 4, label),
      `<line x1="${scale(iv.ciLow)}" x2="${scale(iv.ciHigh)}" y1="${y}" y2="${y}" stroke="currentColor"/>`,
      `<rect x="${scale(iv.estimate) - side / 2}" y="${y - side / 2}" width="${side}" height="${side}" fill="currentColor"/>`,
      text(LEFT + PLOT + 10, y + 4, `${formatNumber(iv.estimate)} [${formatNumber(iv.ciLow)}, ${formatNumber(iv.ciHigh)}]`),
      text(width - 8, y + 4, s.weight === null ? "—" : `${s.weight.toFixed(1)}%`, ' text-anchor="end"'),
      "</g>",
    );
  });
  if (pooled) {
    const y = TOP + studies.length * ROW + ROW;
    const mid = scale(pooled.estimate);
    out.push('<g data-testid="forest-pooled">', text(8, y + 4, `Random effects (k = ${pooled.k})`, ' font-weight="600"'));
    if (pooled.piLow !== null) {
      out.push(`<line x1="${scale(pooled.piLow)}" x2="${scale(pooled.piHigh!)}" y1="${y}" y2="${y}" stroke="currentColor" stroke-dasharray="1 2"/>`);
    }
    out.push(
      `<polygon points="${scale(pooled.ciLow)},${y} ${mid},${y - 7} ${scale(pooled.ciHigh)},${y} ${mid},${y + 7}" fill="currentColor"/>`,
      text(LEFT + PLOT + 10, y + 4, `${formatNumber(pooled.estimate)} [${formatNumber(pooled.ciLow)}, ${formatNumber(pooled.ciHigh)}]`, ' font-weight="600"'),
      text(width - 8, y + 4, "100%", ' text-anchor="end"'),
      "</g>",
    );
  }
  const axisY = TOP + rows * ROW + 4;
  out.push(`<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${axisY}" y2="${axisY}" stroke="currentColor"/>`);
  for (const t of ticksFor(lo, hi, ratio)) {
    out.push(`<line x1="${scale(t)}" x2="${scale(t)}" y1="${axisY}" y2="${axisY + 5}" stroke="currentColor"/>`, text(scale(t), axisY + 18, formatNumber(t), ' text-anchor="middle"'));
  }
  out.push(
    text(LEFT, height - 6, ratio ? "← fewer with ketamine" : "← lower with ketamine"),
    text(LEFT + PLOT, height - 6, ratio ? "more with ketamine →" : "higher with ketamine →", ' text-anchor="end"'),
    "</svg>",
  );
  return out.join("");
}

/** The same SVG on the page (server-rendered markup; no client JavaScript). */
export function ForestPlot(props: Parameters<typeof forestSvg>[0]) {
  return <div className="forest-wrap" dangerouslySetInnerHTML={{ __html: forestSvg(props) }} />;
}
