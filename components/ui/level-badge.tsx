import { LEVEL_TEXT } from "../../lib/evidence-levels";

/** The level as text (never colour alone) with the rubric as its tooltip. */
export function LevelBadge({ level, reason }: { level: number; reason?: string | null }) {
  const text = LEVEL_TEXT[level];
  const title = `${text.short}: ${text.long}${reason ? ` — lowered one step: ${reason}` : ""}`;
  return (
    <span className="level" title={title} aria-label={title}>
      {text.short}
      {reason ? "↓" : ""}
    </span>
  );
}
