import * as XLSX from 'xlsx';
import { unzipSync, zipSync } from 'fflate';
import { zipExpandedSize } from './zip-size';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Text files (csv, tsv) as the user's own software wrote them: UTF-8 with or without a byte-order
 * mark, UTF-16 with one (Excel's "Unicode text"), or else Windows-1252 (older Excel "CSV" saves). Handing raw bytes to SheetJS would read
 * UTF-8 as Latin-1 and turn "£30.38" into "Â£30.38".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Opens xlsx, xls, ods or delimited text. Formulas are never evaluated (an import may ask for
 * their text to refuse them), HTML and styles are not read: the files are untrusted. `raw`
 * keeps text cells as written, so "1/2" is never guessed into a date and "37.40" keeps its form.
 */
/** More than any contact extract needs (1,000,000 rows of xlsx expand to about 400 MB); beyond it, a zip bomb. */
export const MAX_EXPANDED_BYTES = 1_000_000_000;

export const NOT_A_SPREADSHEET =
  'is not a spreadsheet that can be read (xlsx, xls, ods or csv), or is password-protected';

export type SpreadsheetRead = { ok: true; workbook: XLSX.WorkBook } | { ok: false; reason: string };

/**
 * SheetJS's own inflate loops forever on some corrupt deflate streams (found by the fuzz tests in
 * tests/unit/reliability). fflate inflates instead, throwing on corruption, and SheetJS gets the
 * same files stored uncompressed, so it never inflates anything itself.
 */
function restoredZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 0 }]])),
  );
}

/** Text never holds NUL bytes: a PDF or picture renamed .csv or .xlsx is refused, not read as text. */
function isText(bytes: Uint8Array): boolean {
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return isUtf16 || !bytes.subarray(0, 8192).includes(0);
}

/** A workbook (xlsx and ods are zips, xls is OLE) or delimited text (csv, tsv), told by the file's first bytes. */
export function spreadsheetKind(bytes: Uint8Array): 'workbook' | 'text' | 'neither' {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) return 'workbook';
  return isText(bytes) ? 'text' : 'neither';
}

export function readSpreadsheet(
  bytes: Uint8Array,
  extra: Pick<XLSX.ParsingOptions, 'cellFormula' | 'cellNF'> = {},
): SpreadsheetRead {
  const options: XLSX.ParsingOptions = {
    dense: true,
    raw: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    ...extra,
  };
  try {
    if (startsWith(bytes, ZIP_MAGIC)) {
      const expanded = zipExpandedSize(bytes);
      if (expanded === null)
        return {
          ok: false,
          reason:
            'the file is damaged: it looks like an xlsx or ods file but its contents list is missing (was it cut short?)',
        };
      if (expanded > MAX_EXPANDED_BYTES) {
        return {
          ok: false,
          reason: `the file would expand to ${Math.round(expanded / 1_000_000).toLocaleString('en-GB')} MB; the most an import takes is ${MAX_EXPANDED_BYTES / 1_000_000} MB`,
        };
      }
    }
    if (startsWith(bytes, ZIP_MAGIC)) {
      let stored: Uint8Array;
      try {
        stored = restoredZip(bytes);
      } catch {
        return { ok: false, reason: 'the file is damaged: its compressed contents cannot be read' };
      }
      return { ok: true, workbook: XLSX.read(stored, { ...options, type: 'array' }) };
    }
    if (startsWith(bytes, OLE_MAGIC))
      return { ok: true, workbook: XLSX.read(bytes, { ...options, type: 'array' }) };
    if (!isText(bytes)) return { ok: false, reason: NOT_A_SPREADSHEET };
    return { ok: true, workbook: XLSX.read(decodeText(bytes), { ...options, type: 'string' }) };
  } catch {
    return { ok: false, reason: NOT_A_SPREADSHEET };
  }
}
