// citation-js wraps RIS lines at 70 characters, which splits words ("Depr / ession") in every reference manager
// that reads the file. RIS has no continuation lines: a field is one line. Join them back, and give the page
// range as start (SP) and end (EP) page, as the RIS specification has it.
const TAG = /^[A-Z][A-Z0-9] {2}- ?/;

export function unwrapRis(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    // citation-js also leaves an empty line after a field that wrapped at the very end: inside a record it would read
    // as more of the field, so empty lines are dropped here and one is put back after each record (ER).
    if (line === "") continue;
    if (TAG.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] = `${out[out.length - 1]}${line}`;
  }
  return out
    .flatMap((line) => {
      const m = /^SP {2}- (\S+?)[-–](\S+)$/.exec(line);
      return m ? [`SP  - ${m[1]}`, `EP  - ${m[2]}`] : [line];
    })
    // A value's trailing spaces go; an empty tag line keeps RIS's "XX  - " form.
    .map((line) => (/^[A-Z][A-Z0-9] {2}- $/.test(line) ? line : line.trimEnd()))
    .flatMap((line) => (/^ER {2}-/.test(line) ? [line, ""] : [line]))
    .join("\r\n");
}
