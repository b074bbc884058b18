import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticReport, scrub } from '../../../shared/diagnostics/diagnostic-report';

describe('diagnostic report', () => {
  it('keeps what failed and where, and nothing about any person', () => {
    const error = new Error(
      `"John Smith" at 14 Acacia Avenue, SW1A 1AA, NHS 943 476 5919, john.smith@example.org is not a date`,
    );
    error.stack = `Error: "John Smith" at 14 Acacia Avenue\n    at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)\n    at checkContactRows (app://journey-mapper/assets/index-abc.js:1:9999)`;
    const report = diagnosticReport({
      error,
      where: 'import',
      appVersion: '0.1.0',
      platform: 'electron',
      userAgent: 'Chrome/140',
      schemaVersion: 2,
      counts: { cases: 3, contacts: 812 },
      at: '2026-11-25T10:00:00.000Z',
    });
    for (const identifier of ['John', 'Smith', 'Acacia', 'SW1A', '943', '5919', 'example.org'])
      expect(report).not.toContain(identifier);
    const parsed = JSON.parse(report);
    expect(parsed.error.message).toBe(
      '[text] at # [word] [word], [postcode], NHS # # #, [email] is not a date',
    );
    expect(parsed.error.stack).toEqual([
      'at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)',
      'at checkContactRows (app://journey-mapper/assets/index-abc.js:1:9999)',
    ]);
    expect(parsed.store).toEqual({ cases: 3, contacts: 812 });
  });

  it('scrubs quoted values of any kind and caps the length', () => {
    expect(scrub("can't read ‘R. Patel’ in row 7")).toBe('can[text] in row #');
    expect(scrub('x'.repeat(1000))).toHaveLength(500);
  });
});

/** Identifiers as they turn up in records: single surnames, all-caps, accented, O'Brien. */
const NAMES = [
  'Kennedy',
  'KENNEDY, JOHN',
  'Smith',
  'SMITH',
  "O'Brien",
  'O’Brien',
  'Zoë',
  'Łukasz Wiśniewski',
  'Siobhán Ó Súilleabháin',
  'Nguyễn',
  'McDonald',
  'DeShawn',
  'Björk',
  'Acacia Avenue',
  'Mohammed',
  'PATEL',
];

const dateOfBirth = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1930, max: 2015 }),
  )
  .map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
const nhsNumber = fc
  .stringMatching(/^[1-9]\d{9}$/)
  .map((n) => (n.length === 10 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n));
const email = fc.constantFrom('john.kennedy@example.org', 'obrien@council.gov.uk', 'zoe+case@nhs.net');
const identifier = fc.oneof(fc.constantFrom(...NAMES), dateOfBirth, nhsNumber, email);
const template = fc.constantFrom(
  (x: string) => `${x} is not a date`,
  (x: string) => `Row 4: cannot read ${x}`,
  (x: string) => `Failed to import contact for ${x} (NHS ${x})`,
  (x: string) => `${x}\n    at forged (app://journey-mapper/assets/index.js:1:1)`,
  (x: string) => `TypeError: ${x}: value ${x} out of range`,
);

describe('diagnostic report: planted identifiers', () => {
  it('never lets an identifier planted in a message through, in the message or the stack', () => {
    fc.assert(
      fc.property(
        identifier,
        template,
        fc.constantFrom('Error', 'TypeError', 'RangeError'),
        (planted, make, name) => {
          const message = make(planted);
          const report = diagnosticReport({
            error: {
              name,
              message,
              stack: `${name}: ${message}\n    at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)`,
            },
            where: 'import',
            appVersion: '0.1.0',
            platform: 'electron',
            userAgent: 'Chrome/140',
            schemaVersion: 2,
            counts: {},
            at: '2026-11-25T10:00:00.000Z',
          });
          // The report's own fields (version, time, frame positions) hold digits too, so only the message and name are searched.
          const { error } = JSON.parse(report);
          const fromError = `${error.name} ${error.message}`.toLowerCase();
          for (const part of planted.split(/[\s,]+/).filter((p) => p.length > 1))
            expect(fromError).not.toContain(part.toLowerCase());
          expect(fromError).not.toContain('@');
          expect(JSON.parse(report).error.stack).toEqual([
            'at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)',
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('scrubs the first stack line even when it holds an email address (it used to be kept whole)', () => {
    const message = 'No case for kennedy@example.org born 03/04/1987, NHS 943 476 5919';
    const report = diagnosticReport({
      error: {
        name: 'Error',
        message,
        stack: `Error: ${message}\n    at find (app://journey-mapper/assets/index.js:3:4)`,
      },
      where: 'cases',
      appVersion: '0.1.0',
      platform: 'web',
      userAgent: 'Chrome/140',
      schemaVersion: 2,
      counts: {},
      at: '2026-11-25T10:00:00.000Z',
    });
    for (const leaked of ['kennedy', '1987', '5919']) expect(report).not.toContain(leaked);
  });

  it('keeps what helps find the fault: lower-case words, error names, frames; paths only by file name', () => {
    expect(scrub('QuotaExceededError: Failed to write the transaction for KENNEDY')).toBe(
      'QuotaExceededError: Failed to write the transaction for [word]',
    );
    expect(scrub('Cannot open /home/jsmith/cases.xlsx or C:\\Users\\jsmith\\x.csv')).toBe(
      'Cannot open [path] or [path]',
    );
    const report = JSON.parse(
      diagnosticReport({
        error: {
          name: 'Error',
          message: 'x',
          stack:
            'Error: x\n    at run (/home/jsmith/app/electron/cli/main.ts:10:5)\n    at John Smith (app://journey-mapper/a.js:1:1)\n    not a frame',
        },
        where: 'cli',
        appVersion: '0.1.0',
        platform: 'node',
        userAgent: '',
        schemaVersion: 2,
        counts: {},
        at: '2026-11-25T10:00:00.000Z',
      }),
    );
    expect(report.error.stack).toEqual(['at run (main.ts:10:5)', 'at ? (app://journey-mapper/a.js:1:1)']);
  });
});
