/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets run
 * a cell that starts with = + - @ (or a tab or carriage return before one) as a formula, so a
 * description such as =HYPERLINK("http://x","y") in a record could act when a commissioner opens
 * the export. A leading apostrophe makes them show it as text. Numbers we write as numbers are
 * not text and are never touched.
 *
 * Text that already starts with apostrophes before such a character gets one more, so that
 * restoreNeutralised can always take exactly one off and the round trip is lossless.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula on import, so a journey exported to CSV comes back with its own text. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && NEEDS_QUOTE.test(text.slice(1)) ? text.slice(1) : text;
}
