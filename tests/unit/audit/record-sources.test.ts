import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { changeText } from '../../../shared/audit/audit-text';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { importedContacts, valueKey } from '../../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import { delimitedSheet } from '../../../shared/contact-sheet/delimited-sheet';
import { planContactImport } from '../../../shared/contact-sheet/import-plan';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { journeyCsv } from '../../../shared/exports/journey-csv';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';
import { journeyXes } from '../../../shared/exports/journey-xes';
import type { ProjectFile } from '../../../shared/project/project-file';
import { DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import type { AuditEntry } from '../../../shared/audit/audit-entry';

const SETTINGS: ContactSheetSettings = {
  headerRow: 0,
  columns: ['case', 'date', 'agency', 'contactType', 'sourceRecord'],
  dateOrder: 'day first',
};

function importCsv(csv: string) {
  const source = delimitedSheet(csv);
  const check = checkSheet(source, SETTINGS, 'police-extract.csv');
  expect(check.problems).toEqual([]);
  const library = {
    cases: [],
    agencies: defaultAgencies(),
    unitCosts: DEFAULT_UNIT_COST_LIBRARY.unitCosts,
    contactTypes: [],
  };
  const plan = planContactImport({
    check,
    library,
    targetCaseId: null,
    fileName: 'police-extract.csv',
    sheetName: source.name,
    sheetIndex: 0,
    settings: SETTINGS,
    now: '2026-12-07T10:00:00.000Z',
    resolutions: { agencies: {}, contactTypes: { [valueKey('Arrest')]: { kind: 'new' } } },
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return [...importedContacts(source, plan.record)].flat();
}

describe('a source for every contact', () => {
  it('imports the Source record column, and fills a blank one with the file, sheet and row', () => {
    const contacts = importCsv(
      'Case,Date,Agency,Contact type,Source record\nPerson A,03/02/2019,Police,Arrest,NICHE log 44/1234\nPerson A,04/02/2019,Police,Arrest,\n',
    );
    expect(contacts.map((c) => c.source)).toEqual([
      'NICHE log 44/1234',
      'police-extract.csv, sheet Sheet1, row 3',
    ]);
  });

  it("is written to the CSV, workbook and XES as Source record, apart from the unit cost's Source", () => {
    const contacts = importCsv(
      'Case,Date,Agency,Contact type,Source record\nPerson A,03/02/2019,Police,Arrest,"SAR chronology, p. 14"\n',
    );
    const project: ProjectFile = {
      type: 'journey-mapper/project',
      version: 1,
      source: 'Journey Mapper',
      exportedAt: '2026-12-07T10:00:00.000Z',
      anonymised: false,
      cases: [
        {
          id: contacts[0].caseId,
          pseudonym: 'Person A',
          knownNames: [],
          designatedLead: '',
          status: 'open',
          riskGrade: 'not graded',
          notes: '',
          dateOfBirth: null,
          interventionDate: null,
          ageBand: null,
          createdAt: '2026-12-07T10:00:00.000Z',
          updatedAt: '2026-12-07T10:00:00.000Z',
        } as unknown as ProjectFile['cases'][number],
      ],
      agencies: defaultAgencies(),
      contacts,
      links: [],
      lifeEvents: [],
      unitCosts: [],
      missedOpportunityCategories: [],
    };
    const input = {
      project,
      basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
      producedAt: '2026-12-07T10:00:00.000Z',
    };
    const [header, row] = Papa.parse<string[]>(journeyCsv(input).slice(1), { skipEmptyLines: true }).data;
    expect(row[header.indexOf('Source record')]).toBe('SAR chronology, p. 14');
    const book = XLSX.read(journeyWorkbookBytes(input), { type: 'array' });
    const [sheetHeader, sheetRow] = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Journey, {
      header: 1,
      defval: '',
    });
    expect(sheetRow[sheetHeader.indexOf('Source record')]).toBe('SAR chronology, p. 14');
    expect(sheetHeader).toContain('Source');
    expect(journeyXes(input)).toContain('<string key="source_record" value="SAR chronology, p. 14"/>');
  });

  it('gives the costed workbook an Audit trail sheet, one row per field changed, newest first', () => {
    const entry = (id: string, at: string, changes: AuditEntry['changes']): AuditEntry => ({
      id,
      at,
      seq: 0,
      who: 'Dana Analyst',
      step: 'edit contact Arrest',
      action: 'edit',
      caseId: 'k1',
      entity: 'contacts',
      entityId: 'c1',
      changes,
      importedFrom: null,
    });
    const project = {
      type: 'journey-mapper/project',
      version: 1,
      source: 'Journey Mapper',
      exportedAt: '2026-12-07T10:00:00.000Z',
      anonymised: false,
      cases: [],
      agencies: [],
      contacts: [],
      links: [],
      lifeEvents: [],
      unitCosts: [],
      missedOpportunityCategories: [],
      auditTrail: [
        entry('a', '2026-12-01T10:00:00.000Z', [
          { field: 'outcome', before: '', after: 'Released' },
          { field: 'source', before: null, after: 'NICHE 44/1' },
        ]),
        entry('b', '2026-12-02T10:00:00.000Z', []),
      ],
    } as ProjectFile;
    const book = XLSX.read(
      journeyWorkbookBytes({
        project,
        basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: [] },
        producedAt: '2026-12-07T10:00:00.000Z',
      }),
      { type: 'array' },
    );
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Audit trail'], { header: 1, defval: '' });
    expect(rows[0]).toEqual([
      'When',
      'Who',
      'Step',
      'Action',
      'Case',
      'Entity',
      'Entity id',
      'Field',
      'Before',
      'After',
      'Imported from',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[7], r[8], r[9]])).toEqual([
      ['2026-12-02T10:00:00.000Z', '', '', ''],
      ['2026-12-01T10:00:00.000Z', 'Outcome', '', 'Released'],
      ['2026-12-01T10:00:00.000Z', 'Source record', '', 'NICHE 44/1'],
    ]);
  });
});

describe('History shows dates as written', () => {
  it('writes a date change as the analyst typed it, not as stored', () => {
    expect(changeText({ field: 'start', before: null, after: '2018-10' })).toBe('Date: (none) → Oct 2018');
    expect(changeText({ field: 'start', before: '2016~', after: '2019-02-03T23:10' })).toBe(
      'Date: c. 2016 → 03/02/2019 23:10',
    );
    expect(changeText({ field: 'outcome', before: '2018-10', after: '' })).toBe('Outcome: 2018-10 → (blank)');
    expect(
      changeText({
        field: 'missedOpportunity',
        before: null,
        after: JSON.stringify({ category: 'No referral made', note: 'seen twice', shouldHaveHappened: '' }),
      }),
    ).toBe('Missed opportunity: (none) → No referral made (seen twice)');
  });
});
