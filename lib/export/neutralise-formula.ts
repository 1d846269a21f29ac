// OWASP CSV-injection advice: a cell that a spreadsheet would run as a formula (starting with
// =, +, -, @, tab or carriage return) is prefixed with a single quote, which spreadsheets show as
// text and hide. Plain numbers such as "-3.8" are left as they are: they are not formulas.
const TRIGGERS = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function neutraliseFormula(value: string): string {
  if (!TRIGGERS.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
