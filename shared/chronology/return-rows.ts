import { cellText, readDateCell, readTimeCell } from '../contact-sheet/cell-values';
import { columnLetter, type SheetCell } from '../contact-sheet/sheet-grid';
import type { LocalDateTime } from '../model';
import { RETURN_FIELD_LABELS, type ReturnField, type ReturnMapping } from './return-columns';
import type { ReturnProblem } from './return-problems';
import type { ReturnTable } from './return-tables';

/** One row of a return as the agency wrote it, with where it came from. */
export interface ReturnEntry {
  /** The table's own row number. */
  row: number;
  start: LocalDateTime;
  agency: string;
  contactType: string;
  /** What happened (Event, Details of contact). */
  event: string;
  /** Action taken and outcome, as one text. */
  outcome: string;
  /** The agency's record reference (crime number, case note, page). */
  sourceRef: string;
  /** The agency's own analysis and comments. */
  analysis: string;
}

/** The contact type of an entry whose return has no Contact type column: uncosted until the analyst prices it. */
export const CHRONOLOGY_CONTACT_TYPE = 'Chronology entry';

/**
 * Month and year, a year alone, a season or part of a year, or a range: the approximate dates
 * reviews write ("Oct 2018", "early 2019", "between March and June"). They are kept as written
 * only once approximate dates are in the model, so for now they are refused by name.
 */
const APPROXIMATE =
  /^(?:(?:early|mid|late|end of|beginning of|spring|summer|autumn|winter|around|about|c\.?|circa|before|after|between|by|from)\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}|\d{1,2}[/.-]\d{4}|\d{4}|\d{4}\s*[-/–]\s*\d{2,4}|\d{4}-\d{2}|q[1-4]\s+\d{4})$/i;

const MAX_LENGTH: Partial<Record<ReturnField, number>> = {
  agency: 200,
  contactType: 200,
  source: 2_000,
  event: 20_000,
  action: 999,
  outcome: 1_000,
  analysis: 10_000,
  comment: 10_000,
};

export interface EntriesRead {
  entries: ReturnEntry[];
  problems: ReturnProblem[];
}

/**
 * Reads a return table's data rows with a mapping into dated entries, reporting every problem by
 * table, row and column. The agency is the row's Agency column, else the labelled line above the
 * table, else the one the analyst named for the file; with none of them, nothing is read.
 */
export function readReturnEntries(
  file: string,
  table: ReturnTable,
  mapping: ReturnMapping,
  namedAgency: string | null,
): EntriesRead {
  const problems: ReturnProblem[] = [...table.problems];
  const columnOf = new Map<ReturnField, number>();
  const columnName = (index: number) =>
    `${columnLetter(index)}${table.header[index] ? ` (${table.header[index]})` : ''}`;
  const report = (row: number | null, column: number | null, value: string, reason: string) =>
    problems.push({
      file,
      table: table.name,
      row,
      column: column === null ? null : columnName(column),
      value,
      reason,
    });
  mapping.forEach((field, index) => {
    if (field === null) return;
    const earlier = columnOf.get(field);
    if (earlier === undefined) columnOf.set(field, index);
    else
      report(
        table.headerRow,
        index,
        table.header[index] ?? '',
        `is read as ${RETURN_FIELD_LABELS[field]}, as is column ${columnName(earlier)}; read one of them as something else`,
      );
  });
  if (!columnOf.has('date'))
    report(table.headerRow, null, '', 'no column is read as the Date, which every entry needs');
  if (!['event', 'action', 'outcome'].some((f) => columnOf.has(f as ReturnField)))
    report(table.headerRow, null, '', 'no column is read as the Event (what happened) or the Action taken');
  const fallbackAgency = table.agencyLine ?? namedAgency;
  if (!columnOf.has('agency') && fallbackAgency === null)
    report(
      null,
      null,
      '',
      'names no agency: it has no Agency column and no "Agency: ..." line above the table; say which agency sent it',
    );
  if (problems.length > 0) return { entries: [], problems };

  const entries: ReturnEntry[] = [];
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    const cell = (field: ReturnField): SheetCell | null => cells[columnOf.get(field) ?? -1] ?? null;
    const text = (field: ReturnField) => cellText(cell(field)).trim();
    const fail = (field: ReturnField, reason: string) =>
      report(row, columnOf.get(field) ?? null, text(field), reason);
    for (const [field, limit] of Object.entries(MAX_LENGTH) as Array<[ReturnField, number]>) {
      if (text(field).length > limit)
        fail(
          field,
          `is ${text(field).length.toLocaleString('en-GB')} characters; ${RETURN_FIELD_LABELS[field]} takes at most ${limit.toLocaleString('en-GB')}`,
        );
    }
    const dateCell = cell('date');
    let start: LocalDateTime | null = null;
    if (dateCell === null || text('date') === '') fail('date', 'is empty; every entry needs a date');
    else if (dateCell.kind === 'text' && APPROXIMATE.test(dateCell.text.trim()))
      fail(
        'date',
        'is an approximate date; this version takes exact days only, so give the day (dd/mm/yyyy) or leave the row out',
      );
    else {
      const date = readDateCell(dateCell, 'day first', false);
      if (!date.ok) fail('date', date.reason);
      else {
        const timeCell = cell('time');
        const time = timeCell === null || text('time') === '' ? null : readTimeCell(timeCell);
        if (time !== null && !time.ok) fail('time', time.reason);
        const clock = time?.ok === true ? time.value : date.value.time;
        start = clock === null ? date.value.date : `${date.value.date}T${clock}`;
      }
    }
    const agency = text('agency') || fallbackAgency || '';
    if (agency === '') fail('agency', 'is empty, and the return names no agency above its table');
    const event = text('event');
    const outcome = [text('action'), text('outcome')].filter((t) => t !== '').join('\n');
    if (event === '' && outcome === '')
      report(
        row,
        columnOf.get('event') ?? columnOf.get('action') ?? null,
        '',
        'says nothing of what happened or was done',
      );
    if (problems.length > before || start === null) continue;
    entries.push({
      row,
      start,
      agency,
      contactType: text('contactType') || CHRONOLOGY_CONTACT_TYPE,
      event,
      outcome,
      sourceRef: text('source'),
      analysis: [text('analysis'), text('comment')].filter((t) => t !== '').join('\n'),
    });
  }
  return { entries, problems };
}
