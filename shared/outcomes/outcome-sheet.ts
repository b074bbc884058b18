import * as XLSX from 'xlsx';
import type { SheetProblem } from '../costing/scenario-sheet';
import { readSpreadsheet } from '../spreadsheet/spreadsheet-bytes';
import {
  datePart,
  newId,
  parseUkDateInput,
  type Case,
  type LocalDate,
  type OutcomeMeasure,
  type OutcomeMeasurement,
} from '../model';
import { measureNamed } from './built-in-measures';
import { checkScores } from './measurement-check';

/** The sheet's columns, read by name in any order: one row per score; a row with no Item is the measurement's total. */
export const OUTCOME_SHEET_HEADERS = ['Case', 'Date', 'Measure', 'Item', 'Score'] as const;
type Header = (typeof OUTCOME_SHEET_HEADERS)[number];

export type OutcomeSheetRead =
  { ok: true; measurements: OutcomeMeasurement[] } | { ok: false; problems: SheetProblem[] };

const MAX_PROBLEMS = 200;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

function dateOf(value: unknown): LocalDate | string {
  if (typeof value === 'number') {
    const parsed = XLSX.SSF.parse_date_code(value);
    if (parsed === null || parsed === undefined) return `${value} is not a date`;
    return `${String(parsed.y).padStart(4, '0')}-${String(parsed.m).padStart(2, '0')}-${String(parsed.d).padStart(2, '0')}`;
  }
  const read = parseUkDateInput(text(value));
  return read.ok ? datePart(read.value) : read.reason;
}

interface Group {
  caseId: string;
  measure: OutcomeMeasure;
  date: LocalDate;
  total: { score: number; row: number } | null;
  items: Array<{ name: string; score: number; row: number }>;
  firstRow: number;
}

/**
 * Reads a sheet of outcome scores (`Case, Date, Measure, Item, Score`) into measurements of the
 * given cases. Rows of one case, date and measure make one measurement. Every bad row is listed
 * by sheet, row and column (an unknown case or measure, an area the measure does not have, a
 * score its form does not allow, a total outside its range) and then nothing is taken.
 */
export function readOutcomeSheet(
  bytes: Uint8Array,
  fileName: string,
  cases: readonly Case[],
  measures: readonly OutcomeMeasure[],
): OutcomeSheetRead {
  const opened = readSpreadsheet(bytes);
  if (!opened.ok) return { ok: false, problems: [{ file: fileName, sheet: '-', reason: opened.reason }] };
  const sheet = opened.workbook.SheetNames[0];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(opened.workbook.Sheets[sheet], {
    header: 1,
    defval: null,
    raw: true,
    blankrows: true,
  });
  const problems: SheetProblem[] = [];
  const at = (row: number, column: string, reason: string, value?: string) =>
    problems.push({ file: fileName, sheet, row, column, value, reason });

  const headers = (rows[0] ?? []).map((h) => text(h).toLowerCase());
  const columnOf = {} as Record<Header, number>;
  for (const header of OUTCOME_SHEET_HEADERS) {
    columnOf[header] = headers.indexOf(header.toLowerCase());
    if (columnOf[header] < 0)
      problems.push({
        file: fileName,
        sheet,
        row: 1,
        column: header,
        reason: `the header row has no "${header}" column (expected: ${OUTCOME_SHEET_HEADERS.join(', ')})`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  const letter = (header: Header) => `${XLSX.utils.encode_col(columnOf[header])} (${header})`;

  const groups = new Map<string, Group>();
  for (let index = 1; index < rows.length && problems.length < MAX_PROBLEMS; index += 1) {
    const cells = rows[index];
    if (cells.every((c) => text(c) === '')) continue;
    const row = index + 1;
    const cell = (header: Header) => cells[columnOf[header]];
    const caseName = text(cell('Case'));
    const theCase = cases.find((c) => c.pseudonym.toLowerCase() === caseName.toLowerCase());
    if (theCase === undefined)
      at(
        row,
        letter('Case'),
        caseName === '' ? 'no case given' : 'is not a case in this store',
        caseName || undefined,
      );
    const date = dateOf(cell('Date'));
    const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(date);
    if (!dateOk) at(row, letter('Date'), date);
    const measureName = text(cell('Measure'));
    const measure = measureNamed(measures, measureName);
    if (measure === null)
      at(
        row,
        letter('Measure'),
        `is not a measure (measures: ${measures.map((m) => m.name).join(', ')})`,
        measureName,
      );
    const rawScore = cell('Score');
    const score = typeof rawScore === 'number' ? rawScore : Number(text(rawScore));
    if (text(rawScore) === '' || !Number.isFinite(score))
      at(row, letter('Score'), 'is not a number', text(rawScore));
    if (
      theCase === undefined ||
      !dateOk ||
      measure === null ||
      !Number.isFinite(score) ||
      text(rawScore) === ''
    )
      continue;
    const key = `${theCase.id}|${date}|${measure.id}`;
    const group = groups.get(key) ?? {
      caseId: theCase.id,
      measure,
      date,
      total: null,
      items: [],
      firstRow: row,
    };
    groups.set(key, group);
    const item = text(cell('Item'));
    if (item === '') {
      if (group.total !== null)
        at(
          row,
          letter('Score'),
          `gives a second total for ${measure.name} on this date (the first is on row ${group.total.row})`,
          String(score),
        );
      else group.total = { score, row };
    } else if (group.items.some((i) => i.name.toLowerCase() === item.toLowerCase())) {
      at(row, letter('Item'), `is scored twice for ${measure.name} on this date`, item);
    } else {
      group.items.push({ name: item, score, row });
    }
  }

  const measurements: OutcomeMeasurement[] = [];
  for (const group of groups.values()) {
    const checked = checkScores(group.measure, {
      total: group.total?.score ?? null,
      itemScores: Object.fromEntries(group.items.map((i) => [i.name, i.score])),
    });
    if (!checked.ok) {
      for (const p of checked.problems) {
        const itemRow = group.items.find((i) => i.name.toLowerCase() === p.item?.toLowerCase());
        if (itemRow !== undefined) at(itemRow.row, letter(p.field === 'item' ? 'Item' : 'Score'), p.reason);
        else at(group.total?.row ?? group.firstRow, letter('Score'), p.reason);
      }
      continue;
    }
    measurements.push({
      id: newId(),
      caseId: group.caseId,
      measureId: group.measure.id,
      date: group.date,
      total: checked.total,
      itemScores: checked.itemScores,
      note: '',
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (measurements.length === 0)
    return { ok: false, problems: [{ file: fileName, sheet, reason: 'has no scores under its header row' }] };
  return { ok: true, measurements };
}
