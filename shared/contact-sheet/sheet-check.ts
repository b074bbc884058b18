import { hoursUnknown, lengthUnknown } from '../costing/contact-cost';
import { Contact } from '../model';
import { contactOf, statedCostKey, valueKey } from './contact-import';
import {
  ContactRowReader,
  ProblemList,
  type ContactDraft,
  type ContactSheetSettings,
  type ImportProblem,
  type StatedCost,
} from './contact-rows';
import type { SheetRow } from './sheet-grid';
import { rowsBelowHeader, type SheetSource } from './sheet-source';

/** A value the sheet uses, how many rows use it, and the first of them. */
export interface ValueCount {
  value: string;
  rows: number;
  firstRow: number;
  /** For a contact type: the first row whose hours cannot be known (no times, no quantity), and the column to fill, should it be costed per hour. */
  withoutHours?: { row: number; column: string | null };
  /** Likewise the first row whose length an approximate date hides (lengthUnknown), should it be costed per night, day, week or month. */
  withoutLength?: { row: number; column: string | null };
}

type RowFlags = Pick<ValueCount, 'withoutHours' | 'withoutLength'>;

export interface StatedCostUse {
  contactType: string;
  cost: StatedCost;
  firstRow: number;
}

/** The names a sheet uses, each once in the order first met: all an import plan needs of its rows. */
export interface SheetNames {
  cases: ValueCount[];
  /** Rows naming no case (they go to the case imported into), if any. */
  withoutCase: ValueCount | null;
  agencies: ValueCount[];
  /** Contact types on rows that state no cost of their own. */
  contactTypes: ValueCount[];
  statedCosts: StatedCostUse[];
}

export interface SheetCheckResult {
  /** The first problems found, and how many there were; nothing is imported while any remain. */
  problems: ImportProblem[];
  problemCount: number;
  /** Rows that read as contacts. */
  contacts: number;
  /**
   * The sheet rows with a problem, when every problem is one row's own and all are listed: the
   * rows an import of the good rows leaves out. Null when a problem is the sheet's (mapping,
   * date order) or some are not listed, so leaving rows out could not be exact.
   */
  problemRows: number[] | null;
  names: SheetNames;
  /** The first contacts, for the preview. */
  preview: ContactDraft[];
}

const PREVIEW_CONTACTS = 50;

class Tally {
  private readonly counts = new Map<string, ValueCount>();

  add(value: string, row: number, flags: RowFlags = {}): void {
    const key = valueKey(value);
    let entry = this.counts.get(key);
    if (entry === undefined) {
      entry = { value, rows: 0, firstRow: row };
      this.counts.set(key, entry);
    }
    entry.rows += 1;
    if (entry.withoutHours === undefined && flags.withoutHours !== undefined)
      entry.withoutHours = flags.withoutHours;
    if (entry.withoutLength === undefined && flags.withoutLength !== undefined)
      entry.withoutLength = flags.withoutLength;
  }

  values(): ValueCount[] {
    return [...this.counts.values()];
  }
}

const STAND_IN = {
  id: 'checked',
  caseId: 'checked',
  agencyId: 'checked',
  unitCostId: null,
  now: '2000-01-01T00:00:00.000Z',
};

/**
 * Checks a sheet's rows a batch at a time, keeping only what the next steps need: the problems
 * (the first thousand), the names used and how often, and the first contacts to preview. Each
 * contact is also checked against the contact schema, so the write meets no surprise.
 */
export class SheetCheck {
  private readonly problems = new ProblemList();
  private readonly reader: ContactRowReader;
  private contacts = 0;
  private readonly cases = new Tally();
  private readonly withoutCase = new Tally();
  private readonly agencies = new Tally();
  private readonly contactTypes = new Tally();
  private readonly statedCosts = new Map<string, StatedCostUse>();
  private readonly preview: ContactDraft[] = [];
  /** Rows the file itself could not read cleanly (csv quoting): never counted as contacts. */
  private readonly unreadableRows: Set<number>;

  constructor(
    private readonly source: SheetSource,
    header: SheetRow,
    private readonly settings: ContactSheetSettings,
    private readonly fileName: string,
  ) {
    if (source.rowCount <= settings.headerRow + 1) {
      const reason =
        source.rowCount === 0 ? 'the sheet is empty' : 'the sheet has a header row but no contacts below it';
      this.problems.add({ file: fileName, sheet: source.name, row: null, column: null, value: '', reason });
    }
    this.reader = new ContactRowReader(source, header, settings, fileName, this.problems);
    for (const p of source.readProblems)
      this.problems.add({
        file: fileName,
        sheet: source.name,
        row: p.row,
        column: null,
        value: '',
        reason: p.reason,
      });
    this.unreadableRows = new Set(source.readProblems.map((p) => p.row));
  }

  /** Whether reading the rows is worth it: not when the sheet is empty or the mapping is wrong. */
  get canReadRows(): boolean {
    return !this.reader.setupFailed && this.source.rowCount > this.settings.headerRow + 1;
  }

  add(rows: SheetRow[], firstRow: number): void {
    rows.forEach((cells, i) => {
      if (this.unreadableRows.has(firstRow + i)) return;
      const draft = this.reader.read(cells, firstRow + i);
      if (draft !== null) this.count(draft);
    });
  }

  private count(draft: ContactDraft): void {
    const parsed = Contact.safeParse(contactOf(draft, STAND_IN));
    if (!parsed.success) {
      this.problems.add({
        file: this.fileName,
        sheet: this.source.name,
        row: draft.sheetRow,
        column: null,
        value: '',
        reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
      return;
    }
    this.contacts += 1;
    if (draft.caseName === null) this.withoutCase.add('', draft.sheetRow);
    else this.cases.add(draft.caseName, draft.sheetRow);
    this.agencies.add(draft.agencyName, draft.sheetRow);
    if (draft.statedCost === null) {
      const at = {
        row: draft.sheetRow,
        column: this.reader.columnNameOf('quantity') ?? this.reader.columnNameOf('contactType'),
      };
      const own = draft.costOverride !== null;
      // Any duration unit: lengthUnknown is the same for night, day, week and month.
      this.contactTypes.add(draft.contactType, draft.sheetRow, {
        withoutHours: !own && hoursUnknown(draft) ? at : undefined,
        withoutLength: !own && lengthUnknown(draft, 'night') ? at : undefined,
      });
    } else {
      const key = statedCostKey(draft.contactType, draft.statedCost);
      if (!this.statedCosts.has(key))
        this.statedCosts.set(key, {
          contactType: draft.contactType,
          cost: draft.statedCost,
          firstRow: draft.sheetRow,
        });
    }
    if (this.preview.length < PREVIEW_CONTACTS) this.preview.push(draft);
  }

  finish(): SheetCheckResult {
    this.reader.finish();
    const listed = this.problems.listed;
    const allRowsOwn =
      this.problems.count === listed.length &&
      listed.every((p) => p.row !== null && p.row > this.settings.headerRow + 1);
    return {
      problems: listed,
      problemCount: this.problems.count,
      contacts: this.contacts,
      problemRows: allRowsOwn ? [...new Set(listed.map((p) => p.row as number))].sort((a, b) => a - b) : null,
      names: {
        cases: this.cases.values(),
        withoutCase: this.withoutCase.values()[0] ?? null,
        agencies: this.agencies.values(),
        contactTypes: this.contactTypes.values(),
        statedCosts: [...this.statedCosts.values()],
      },
      preview: this.preview,
    };
  }
}

/** Checks a whole sheet in one go (the command line, and tests); the app's worker runs SheetCheck itself so it can report progress and be cancelled. */
export function checkSheet(
  source: SheetSource,
  settings: ContactSheetSettings,
  fileName: string,
): SheetCheckResult {
  const { header, batches } = rowsBelowHeader(source, settings.headerRow);
  const check = new SheetCheck(source, header, settings, fileName);
  if (check.canReadRows) for (const { firstRow, rows } of batches) check.add(rows, firstRow);
  return check.finish();
}
