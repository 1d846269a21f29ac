import { CERTAINTY_NOT_ASSESSED_TEXT, CERTAINTY_TEXT, LEVEL_TEXT } from "../../lib/evidence-levels";
import type { Certainty } from "../../lib/schemas/vocabulary";

/**
 * The rubric once, above every table of evidence badges (levels and certainty are never colour alone). The badges'
 * tooltips carry only each claim's own reasons, so this is where a reader learns what "Level 3" or "Low certainty"
 * means.
 */
export function LevelLegend() {
  return (
    <details className="muted" data-testid="level-legend">
      <summary>Evidence levels (1 strongest) and certainty</summary>
      <ul>
        {Object.entries(LEVEL_TEXT).map(([level, t]) => (
          <li key={level}>
            <strong>{t.short}</strong>: {t.long}
          </li>
        ))}
        <li>
          <strong>↓</strong> lowered one step for a serious limitation; the reason is in the badge&apos;s tooltip and on the claim.
        </li>
        {(Object.keys(CERTAINTY_TEXT) as Certainty[]).map((c) => (
          <li key={c}>{CERTAINTY_TEXT[c]}</li>
        ))}
        <li>
          {CERTAINTY_NOT_ASSESSED_TEXT}. <a href="/about#levels">More</a>
        </li>
      </ul>
    </details>
  );
}
