/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets run
 * a cell that starts with = + - @ (or a tab or carriage return before one) as a formula, so a
 * description such as =HYPERLINK("http://x","y") in a record could act when a commissioner opens
 * the export. A leading apostrophe makes them show it as text. Numbers we write as numbers are
 * not text and are never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
