import { LEVEL_TEXT } from "../../lib/evidence-levels";

/** The rubric in one line under every table that shows levels (they are never colour alone). */
export function LevelLegend() {
  return (
    <details className="muted" data-testid="level-legend">
      <summary>Evidence levels (1 strongest)</summary>
      <ul>
        {Object.entries(LEVEL_TEXT).map(([level, t]) => (
          <li key={level}>
            <strong>{t.short}</strong>: {t.long}
          </li>
        ))}
        <li>
          <strong>↓</strong> lowered one step for a serious limitation; the reason is on the claim. <a href="/about#levels">More</a>
        </li>
      </ul>
    </details>
  );
}
