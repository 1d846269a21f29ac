import { CERTAINTY_NOT_ASSESSED_TEXT, CERTAINTY_TEXT, LEVEL_TEXT } from "../../lib/evidence-levels";
import type { Certainty } from "../../lib/schemas/vocabulary";

export const CERTAINTY_LABEL: Record<Certainty, string> = { high: "High", moderate: "Moderate", low: "Low", "very-low": "Very low" };

/** Certainty in words for tables and exports: "Low", or "Not assessed" for level-5 evidence. */
export function certaintyLabel(c: string | null | undefined): string {
  return c ? (CERTAINTY_LABEL[c as Certainty] ?? c) : "Not assessed";
}

/** What a certainty rating means, with the reasons behind it (the tooltip of both badges). */
function certaintyTitle(c: Certainty | null | undefined, reasons?: readonly string[] | null): string {
  return c
    ? `${CERTAINTY_TEXT[c]}${reasons && reasons.length ? ` (${reasons.join("; ")})` : ""}`
    : CERTAINTY_NOT_ASSESSED_TEXT;
}

/** Certainty alone, in words, with its reasons as tooltip (the explorer's certainty column). */
export function CertaintyBadge({ certainty, reasons }: { certainty: string | null | undefined; reasons?: readonly string[] | null }) {
  const c = certainty as Certainty | null | undefined;
  const title = certaintyTitle(c, reasons);
  return (
    <span className={`certainty certainty-${c ?? "none"}`} title={title} data-certainty={c ?? "none"}>
      {c ? CERTAINTY_LABEL[c] : "Not assessed"}
    </span>
  );
}

/**
 * Design level and GRADE certainty side by side, both as text (never colour alone). What each level and rating
 * means is in the LevelLegend beside every table of badges; the tooltips carry only this claim's own reasons (why
 * the level was lowered, what the certainty rests on). Repeating the rubric on every badge cost 27 kB of HTML on
 * the side-effect matrix and as much again in the page's hydration data.
 * A Level 1 badge never appears without its certainty.
 */
export function EvidenceBadge({
  level,
  certainty,
  reason,
  reasons,
}: {
  level: number;
  certainty: string | null | undefined;
  reason?: string | null;
  reasons?: readonly string[] | null;
}) {
  const text = LEVEL_TEXT[level];
  const c = certainty as Certainty | null | undefined;
  return (
    <span className="evidence-badge" data-level={level} data-certainty={c ?? "none"}>
      <span className="level" title={reason ? `Lowered one step: ${reason}` : undefined}>
        {text.short}
        {reason ? "↓" : ""}
      </span>
      <span className={`certainty certainty-${c ?? "none"}`} title={c && reasons?.length ? `Certainty: ${reasons.join("; ")}` : undefined}>
        {c ? `${CERTAINTY_LABEL[c]} certainty` : "Certainty not assessed"}
      </span>
    </span>
  );
}
