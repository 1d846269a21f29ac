import type { ReactNode } from "react";

/** A group of checkboxes (or radios) for a GET form: the URL is the state, no JavaScript needed. */
export function ChoiceFieldset({
  legend,
  name,
  options,
  selected,
  type = "checkbox",
  allWhenNone = type === "checkbox",
}: {
  legend: string;
  name: string;
  options: Record<string, string>;
  selected: readonly string[];
  type?: "checkbox" | "radio";
  /** Every view reads an empty choice as "all": say so beside the legend. */
  allWhenNone?: boolean;
}) {
  return (
    <fieldset>
      <legend>
        {legend}
        {allWhenNone ? <span className="muted small"> (none ticked = all)</span> : null}
      </legend>
      {Object.entries(options).map(([value, label]) => (
        <label key={value}>
          <input type={type} name={name} value={value} defaultChecked={selected.includes(value)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function ViewForm({ label, submit, children }: { label: string; submit: string; children: ReactNode }) {
  return (
    <form method="get" className="no-print filters" aria-label={label}>
      {children}
      <div>
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}
