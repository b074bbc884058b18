import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioSheet } from '../../../shared/costing/scenario-sheet';
import { importedContacts, valueKey } from '../../../shared/contact-sheet/contact-import';
import { describeImportProblem, type ImportProblem } from '../../../shared/contact-sheet/contact-rows';
import { planContactImport } from '../../../shared/contact-sheet/import-plan';
import { proposeSetup, type SheetSetup } from '../../../shared/contact-sheet/mapping-template';
import { openContactFile } from '../../../shared/contact-sheet/open-contact-file';
import { checkSheet, type SheetCheckResult } from '../../../shared/contact-sheet/sheet-check';
import { previewOf, type SheetSource } from '../../../shared/contact-sheet/sheet-source';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { Case, Contact } from '../../../shared/model';

/**
 * Malformed input of every kind the import paths meet: none may throw, each refusal must say
 * where and why, and what checks clean writes exactly what was checked. FUZZ_RUNS scales the run: the default keeps `npm test` quick, `npm run test:fuzz`
 * tries well over 10,000 inputs.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
let tried = 0;

function importNeverThrows(bytes: Uint8Array, name: string): void {
  tried += 1;
  const opened = openContactFile(bytes, name);
  if (!opened.ok) {
    expect(opened.problems.length).toBeGreaterThan(0);
    for (const p of opened.problems)
      expect(describeImportProblem(p)).toMatch(new RegExp(`^${name.replace('.', '\\.')}, sheet ".*": .+`));
    return;
  }
  for (const source of opened.sheets) {
    const setup = proposeSetup(previewOf(source), []);
    const check = checkSheet(source, setup, name);
    for (const p of check.problems) expectLocated(p, source, name);
    if (check.problemCount === 0) writesWhatWasChecked(source, setup, check, name);
    else expect(check.problems.length).toBeGreaterThan(0);
  }
}

/**
 * A refusal says where: the file and sheet always; a row's problem its row (within the sheet)
 * and, for a cell, its column as letter and header, e.g. `C (Date)`; only a problem of the
 * whole sheet (a column not mapped, no contacts) or of a whole column (dates that can only be
 * month first) has no row.
 */
function expectLocated(p: ImportProblem, source: SheetSource, name: string): void {
  expect(p.reason.length).toBeGreaterThan(0);
  expect(p.file).toBe(name);
  expect(p.sheet).toBe(source.name);
  if (p.row === null) {
    const sheet = `${name}, sheet "${source.name}"`;
    if (p.column === null) expect(describeImportProblem(p).startsWith(`${sheet}: `)).toBe(true);
    else {
      expect(p.column).toMatch(/^[A-Z]+ \(.*\)$/);
      expect(describeImportProblem(p).startsWith(`${sheet}, column ${p.column}: `)).toBe(true);
    }
  } else {
    expect(p.row).toBeGreaterThanOrEqual(1);
    expect(p.row).toBeLessThanOrEqual(source.rowCount);
    const where = `${name}, sheet "${source.name}", row ${p.row}`;
    if (p.column === null) expect(describeImportProblem(p).startsWith(`${where}: `)).toBe(true);
    else {
      expect(p.column).toMatch(/^[A-Z]+ \(.*\)$/);
      expect(describeImportProblem(p).startsWith(`${where}, column ${p.column}: `)).toBe(true);
    }
  }
}

const LIBRARY = {
  cases: [
    Case.parse({
      id: 'case-1',
      pseudonym: 'Imported into',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    }),
  ],
  agencies: [],
  unitCosts: [],
  contactTypes: [],
};

/** A sheet that checks clean must write exactly the contacts it was checked to hold, each a valid contact. */
function writesWhatWasChecked(
  source: SheetSource,
  settings: SheetSetup,
  check: SheetCheckResult,
  name: string,
): void {
  const resolutions = {
    agencies: Object.fromEntries(
      check.names.agencies.map((a) => [
        valueKey(a.value),
        { kind: 'new' as const, sector: 'Other' as const },
      ]),
    ),
    contactTypes: Object.fromEntries(
      check.names.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]),
    ),
  };
  const plan = planContactImport({
    check,
    library: LIBRARY,
    resolutions,
    targetCaseId: 'case-1',
    fileName: name,
    sheetName: source.name,
    sheetIndex: 0,
    settings,
    now: '2024-01-01T00:00:00.000Z',
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  const contacts = [...importedContacts(source, plan.record)].flat();
  expect(contacts).toHaveLength(check.contacts);
  for (const contact of contacts) expect(Contact.safeParse(contact).success).toBe(true);
}

const template = new Uint8Array(readFileSync('samples/templates/contacts-template.xlsx'));
const HEADERS = [
  'Case',
  'Date',
  'End date',
  'Agency',
  'Contact type',
  'Quantity',
  'Outcome',
  'Description',
  'Missed opportunity',
  'Category',
  'Note',
  'Unit cost',
  'Unit',
  'Price year',
];
const hostileCell = fc.oneof(
  fc.constantFrom(
    '',
    '03/02/2019',
    '31/02/2019',
    '2019-02-03T25:61',
    '12/25/2019',
    '=HYPERLINK("http://x","y")',
    '@SUM(1)',
    '+1',
    '-1',
    'yes',
    'maybe',
    '£1,234.567',
    '1e308',
    'NaN',
    '__proto__',
    'constructor',
    '"',
    '""',
    '\r\n',
    '\u0000',
    '\uFFFF',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.nat({ max: 40_000 }).map((n) => 'x'.repeat(n)),
);
const csvQuote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const hostileCsv = fc
  .record({
    headers: fc
      .shuffledSubarray(HEADERS, { minLength: 0 })
      .chain((h) => fc.constantFrom(h, [...h, ...h.slice(0, 2)])),
    rows: fc.array(fc.array(hostileCell, { maxLength: 16 }), { maxLength: 12 }),
    separator: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ headers, rows, separator }) =>
    [headers, ...rows].map((r) => r.map(csvQuote).join(separator)).join('\r\n'),
  );

describe('hostile and broken input', () => {
  afterAll(() => {
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1_000_000);
    process.stdout.write(`hostile inputs tried: ${tried}, exceptions: 0, heap after: ${heapMb} MB\n`);
    expect(heapMb).toBeLessThan(1_500);
  });

  it('random bytes are refused or read, never thrown on', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => importNeverThrows(bytes, 'random.xlsx')),
      { numRuns: RUNS },
    );
  });

  it('corrupted and truncated xlsx files are refused or read, never thrown on', () => {
    const corrupted = fc
      .record({
        cut: fc.oneof(fc.constant(template.length), fc.nat({ max: template.length })),
        flips: fc.array(
          fc.record({ at: fc.nat({ max: template.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }),
          { maxLength: 20 },
        ),
      })
      .map(({ cut, flips }) => {
        const bytes = template.slice(0, Math.max(cut, 4));
        for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
        return bytes;
      });
    fc.assert(
      fc.property(corrupted, (bytes) => importNeverThrows(bytes, 'corrupt.xlsx')),
      { numRuns: RUNS },
    );
  });

  it('CSVs with wrong types, giant cells, formulas, duplicate headers and stray characters get located problems', () => {
    fc.assert(
      fc.property(hostileCsv, (csv) => importNeverThrows(new TextEncoder().encode(csv), 'hostile.csv')),
      { numRuns: RUNS },
    );
  });

  it('scenario sheets of any shape are refused with located problems or read', () => {
    fc.assert(
      fc.property(hostileCsv, (csv) => {
        tried += 1;
        const read = readScenarioSheet(new TextEncoder().encode(csv), 'scenario.csv');
        if (read.ok) {
          expect(read.rows.length).toBeGreaterThan(0);
          return;
        }
        expect(read.problems.length).toBeGreaterThan(0);
        for (const p of read.problems) {
          expect(p.file).toBe('scenario.csv');
          expect(p.reason.length).toBeGreaterThan(0);
          // A cell's problem names its row and column; only a whole-file problem (unreadable, no rows) names neither.
          if (p.row === undefined) expect(p.column).toBeUndefined();
          else {
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.row).toBeLessThanOrEqual(csv.split('\r\n').length);
            expect(p.column?.length ?? 0).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('project files with wrong types, deep nesting and prototype-pollution keys are refused, never thrown on', () => {
    const nested = fc.nat({ max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const polluted = fc
      .constantFrom('__proto__', 'constructor', 'prototype')
      .map((key) => `{"type":"journey-mapper/project","version":1,"cases":[{"${key}":{"polluted":true}}]}`);
    const anyJson = fc.json({ depthSize: 'medium' });
    const envelope = fc.anything().map((contents) =>
      JSON.stringify({
        type: 'journey-mapper/project',
        version: 1,
        source: 'x',
        exportedAt: 'x',
        cases: contents,
        agencies: [],
        contacts: [contents],
      }),
    );
    fc.assert(
      fc.property(fc.oneof(nested, polluted, anyJson, envelope, fc.string()), (text) => {
        tried += 1;
        const read = parseProjectFileText(text);
        if (read.ok) {
          // Read whole: every contact belongs to a case the file holds.
          const caseIds = new Set(read.project.cases.map((c) => c.id));
          expect(read.project.contacts.every((c) => caseIds.has(c.caseId))).toBe(true);
        } else {
          expect(read.errors.length).toBeGreaterThan(0);
          // Each error names the field it is about (cases.0.id, contacts[2].caseId), or is about the whole file.
          for (const error of read.errors)
            expect(error).toMatch(/^([\w$]+(\.[\w$]+|\[\d+\])*: .+|the file .+|this .+)$/s);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
