import type { ReactNode } from "react";

/**
 * A table cell's list: its first item (the strongest evidence, by the cell's own order) in view, the others one tap
 * away in a closed <details>. The cell reads as one line of evidence at a glance, and a closed <details> is neither
 * styled nor laid out until it is opened, so a phone lays out one claim per cell instead of up to three.
 * Printing opens it (globals.css), so paper carries every listed item.
 */
export function CellItems({
  items,
  moreLabel = (n) => `${n} more ${n === 1 ? "claim" : "claims"}`,
  after,
}: {
  items: { key: string; node: ReactNode; attrs?: Record<string, string> }[];
  moreLabel?: (hidden: number) => string;
  /** Closing lines inside the disclosure, after the hidden items. */
  after?: ReactNode;
}) {
  const [first, ...rest] = items;
  const li = (item: (typeof items)[number]) => (
    <li key={item.key} {...item.attrs}>
      {item.node}
    </li>
  );
  return (
    <>
      <ul className="cell-claims">{first ? li(first) : null}</ul>
      {rest.length > 0 || after ? (
        <details className="cell-more">
          <summary>{moreLabel(rest.length)}</summary>
          <ul className="cell-claims">
            {rest.map(li)}
            {after}
          </ul>
        </details>
      ) : null}
    </>
  );
}
