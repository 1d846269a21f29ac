import { LEVEL_TEXT } from "../../lib/evidence-levels";

/**
 * The level as text (never colour alone). What each level means is in the LevelLegend beside the table and, on a
 * claim's page, written out beside the badge; the tooltip carries only this claim's own reason for a lowered level.
 * Repeating the rubric on every row (as tooltip and as label) cost the explorer 10 kB of HTML and hydration data.
 */
export function LevelBadge({ level, reason }: { level: number; reason?: string | null }) {
  return (
    <span className="level" title={reason ? `Lowered one step: ${reason}` : undefined}>
      {LEVEL_TEXT[level].short}
      {reason ? (
        <>
          ↓<span className="sr-only"> (lowered one step)</span>
        </>
      ) : null}
    </span>
  );
}
