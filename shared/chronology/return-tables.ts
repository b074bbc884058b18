import { cellText } from '../contact-sheet/cell-values';
import { openContactFile } from '../contact-sheet/open-contact-file';
import { columnLetter, type SheetCell, type SheetRow } from '../contact-sheet/sheet-grid';
import type { SheetSource } from '../contact-sheet/sheet-source';
import { spreadsheetKind } from '../spreadsheet/spreadsheet-bytes';
import { readDocumentXml } from './docx-package';
import { readWordTables, type WordTable } from './docx-tables';
import { fileProblem, type ReturnProblem } from './return-problems';
import { chronologyHeaderScore } from './return-columns';

/** A table of a return, whether a Word table or a sheet: its header, its data rows, and what was left out and why. */
export interface ReturnTable {
  /** "table 2" or `sheet "Chronology"`, as problems name it. */
  name: string;
  /** The agency named on a labelled line above the table ("Agency: Cleveland Police"), if any. */
  agencyLine: string | null;
  /** The table's own row number of its header row (1 is its first row). */
  headerRow: number;
  header: string[];
  rows: Array<{ row: number; cells: SheetRow }>;
  /** Rows left out on purpose, said in the users' words: a header repeated on a new page, blank spacer rows. */
  leftOut: string[];
  /** Why this table cannot be imported as it is (a table inside a cell); empty when it can. */
  problems: ReturnProblem[];
}

export type ReturnRead =
  { ok: true; tables: ReturnTable[]; suggested: number } | { ok: false; problems: ReturnProblem[] };

/** Word documents larger than this are not chronology returns. */
export const MAX_RETURN_BYTES = 100_000_000;
/** Rows searched for a sheet's header, below titles and the agency's title block. */
const HEADER_ROWS_SEARCHED = 30;
const LABELLED_AGENCY =
  /^\s*(?:agency|organisation|organization|agency name|name of agency|service)\s*[:\-–]\s*(.+?)\s*$/i;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);
export const isWordFile = (fileName: string, bytes: Uint8Array) =>
  fileName.toLowerCase().endsWith('.docx') && isZip(bytes);

export function agencyFromLines(lines: string[]): string | null {
  for (const line of lines) {
    const match = LABELLED_AGENCY.exec(line);
    if (match !== null && match[1] !== '') return match[1];
  }
  return null;
}

const sameText = (a: string[], b: string[]) =>
  a.length > 0 &&
  a.filter((x) => x !== '').length > 0 &&
  a.join('\u0000').toLowerCase() === b.join('\u0000').toLowerCase();
const textCell = (text: string): SheetCell | null => (text === '' ? null : { kind: 'text', text });
const trimmed = (cells: string[]) => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

function fromWordTable(file: string, table: WordTable): ReturnTable {
  const name = `table ${table.number}`;
  const problems = table.nestedTables.map(({ row, column }) => ({
    file,
    table: name,
    row,
    column: columnLetter(column),
    value: '',
    reason:
      "holds a table inside a cell; copy that table's rows into the main table (or out of it) and import again",
  }));
  const leftOut: string[] = [];
  const firstFilled = table.rows.findIndex((r) => r.cells.some((c) => c !== ''));
  const header = firstFilled < 0 ? [] : trimmed(table.rows[firstFilled].cells);
  const rows: ReturnTable['rows'] = [];
  table.rows.forEach((r, index) => {
    if (index <= firstFilled) return;
    const cells = trimmed(r.cells);
    if (cells.length === 0) leftOut.push(`row ${index + 1} is blank`);
    else if (r.repeatsAsHeader || sameText(cells, header))
      leftOut.push(`row ${index + 1} repeats the header (the table goes over a page)`);
    else rows.push({ row: index + 1, cells: cells.map(textCell) });
  });
  return {
    name,
    agencyLine: agencyFromLines(table.linesAbove),
    headerRow: firstFilled + 1,
    header,
    rows,
    leftOut,
    problems,
  };
}

function fromSheet(file: string, sheet: SheetSource): ReturnTable {
  const all: SheetRow[] = [];
  for (const batch of sheet.batches(0)) all.push(...batch);
  const texts = all.map((row) => row.map((c) => cellText(c).trim()));
  let headerIndex = -1;
  let best = 0;
  texts.slice(0, HEADER_ROWS_SEARCHED).forEach((row, i) => {
    const score = chronologyHeaderScore(row);
    if (score > best) {
      best = score;
      headerIndex = i;
    }
  });
  if (headerIndex < 0)
    headerIndex = Math.max(
      0,
      texts.findIndex((row) => row.filter((t) => t !== '').length >= 2),
    );
  const header = texts[headerIndex] ?? [];
  const name = `sheet "${sheet.name}"`;
  const leftOut: string[] = [];
  const rows: ReturnTable['rows'] = [];
  for (let i = headerIndex + 1; i < all.length; i += 1) {
    if (texts[i].every((t) => t === '')) leftOut.push(`row ${i + 1} is blank`);
    else if (sameText(texts[i], header)) leftOut.push(`row ${i + 1} repeats the header`);
    else rows.push({ row: i + 1, cells: all[i] });
  }
  const problems: ReturnProblem[] = sheet.merges
    .filter((merge) => Number(/\d+$/.exec(merge)?.[0] ?? 0) > headerIndex + 1)
    .map((merge) => ({
      file,
      table: name,
      row: null,
      column: null,
      value: merge,
      reason: 'these cells are merged; unmerge them so every row holds its own values',
    }));
  const agencyLine = agencyFromLines(
    texts.slice(0, headerIndex).map((row) => row.filter((t) => t !== '').join(' ')),
  );
  return { name, agencyLine, headerRow: headerIndex + 1, header, rows, leftOut, problems };
}

/** The table whose header looks most like a chronology's; the first table when none does. */
export function suggestedTable(tables: ReturnTable[]): number {
  let best = 0;
  let bestScore = 0;
  tables.forEach((table, index) => {
    const score = table.problems.length > 0 ? 0 : chronologyHeaderScore(table.header);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Every table of a chronology return: a Word document's tables, or a workbook's or csv's sheets
 * (read as the contact import reads them). Refused, with the reason, when the file is none of
 * these, is damaged, or is built to exhaust memory.
 */
export function openReturn(bytes: Uint8Array, file: string): ReturnRead {
  if (bytes.byteLength === 0)
    return { ok: false, problems: [fileProblem(file, 'the file is empty (0 bytes)')] };
  if (bytes.byteLength > MAX_RETURN_BYTES)
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          `the file is ${Math.round(bytes.byteLength / 1_000_000)} MB; a return may be at most ${MAX_RETURN_BYTES / 1_000_000} MB`,
        ),
      ],
    };
  const lower = file.toLowerCase();
  if (lower.endsWith('.docx') || (lower.endsWith('.doc') && isZip(bytes))) {
    if (!isZip(bytes))
      return {
        ok: false,
        problems: [
          fileProblem(
            file,
            spreadsheetKind(bytes) === 'workbook'
              ? 'is an old Word (.doc) document; save it as .docx and import that'
              : 'is not a Word document (.docx)',
          ),
        ],
      };
    const xml = readDocumentXml(bytes);
    if (!xml.ok) return { ok: false, problems: [fileProblem(file, xml.reason)] };
    const read = readWordTables(xml.xml);
    if (!read.ok) return { ok: false, problems: [fileProblem(file, read.reason)] };
    if (read.tables.length === 0)
      return {
        ok: false,
        problems: [
          fileProblem(file, 'the document holds no table; a chronology return is a table with a Date column'),
        ],
      };
    const tables = read.tables.map((t) => fromWordTable(file, t));
    return { ok: true, tables, suggested: suggestedTable(tables) };
  }
  if (lower.endsWith('.doc'))
    return {
      ok: false,
      problems: [fileProblem(file, 'is an old Word (.doc) document; save it as .docx and import that')],
    };
  const opened = openContactFile(bytes, file);
  if (!opened.ok)
    return {
      ok: false,
      problems: opened.problems.map((p) => ({
        file,
        table: p.sheet === '-' ? null : `sheet "${p.sheet}"`,
        row: p.row,
        column: p.column,
        value: p.value,
        reason: p.reason,
      })),
    };
  const tables = opened.sheets.filter((s) => s.rowCount > 0).map((s) => fromSheet(file, s));
  if (tables.length === 0) return { ok: false, problems: [fileProblem(file, 'the file holds no rows')] };
  return { ok: true, tables, suggested: suggestedTable(tables) };
}
