/**
 * A short label per source — "Murrough 2013" — with a letter when the dataset holds more than one paper by that
 * first author in that year ("Murrough 2013a", "Murrough 2013b", in id order), so two papers never share a label.
 * The migration that added the column fills older stores with the same rule.
 */
export function citeLabels(sources: { id: string; firstAuthor: string; year: number }[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    const key = `${s.firstAuthor}\u0000${s.year}`;
    groups.set(key, [...(groups.get(key) ?? []), s.id]);
  }
  const out = new Map<string, string>();
  for (const s of sources) {
    const ids = groups.get(`${s.firstAuthor}\u0000${s.year}`)!.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.set(s.id, `${s.firstAuthor} ${s.year}${ids.length > 1 ? String.fromCharCode(97 + ids.indexOf(s.id)) : ""}`);
  }
  return out;
}
