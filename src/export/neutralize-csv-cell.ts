/**
 * A CSV cell made safe to open in a spreadsheet, as OWASP recommends against formula injection:
 * a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so the
 * spreadsheet shows it as text instead of evaluating it. A plain number ("-3", "-12.5") is left as
 * it is: it is not a formula, and coordinates must stay numbers. Quoting for CSV is the writer's job.
 *
 *   neutralizeCsvCell("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 *   neutralizeCsvCell("-12.5")                     // "-12.5"
 */
export function neutralizeCsvCell(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (/^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}
