import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioSheet } from '../../../shared/costing/scenario-sheet';
import { describeImportProblem } from '../../../shared/io/contact-sheet/contact-rows';
import { proposeSetup } from '../../../shared/io/contact-sheet/mapping-template';
import { openContactFile } from '../../../shared/io/contact-sheet/open-contact-file';
import { checkSheet } from '../../../shared/io/contact-sheet/sheet-check';
import { previewOf } from '../../../shared/io/contact-sheet/sheet-source';
import { parseProjectFileText } from '../../../shared/io/project-file';

/**
 * Malformed input of every kind the import paths meet: none may throw, each refusal must say
 * where and why. FUZZ_RUNS scales the run: the default keeps `npm test` quick, `npm run test:fuzz`
 * tries well over 10,000 inputs.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
let tried = 0;

function importNeverThrows(bytes: Uint8Array, name: string): void {
  tried += 1;
  const opened = openContactFile(bytes, name);
  if (!opened.ok) {
    expect(opened.problems.length).toBeGreaterThan(0);
    for (const p of opened.problems) expect(describeImportProblem(p)).toMatch(new RegExp(`^${name.replace('.', '\\.')}, sheet ".*": .+`));
    return;
  }
  for (const source of opened.sheets) {
    const check = checkSheet(source, proposeSetup(previewOf(source), []), name);
    for (const p of check.problems) {
      expect(p.reason.length).toBeGreaterThan(0);
      expect(p.sheet).toBe(source.name);
    }
    if (check.problemCount === 0) expect(check.contacts).toBeLessThanOrEqual(source.rowCount);
    else expect(check.problems.length).toBeGreaterThan(0);
  }
}

const template = new Uint8Array(readFileSync('samples/templates/contacts-template.xlsx'));
const HEADERS = ['Case', 'Date', 'End date', 'Agency', 'Contact type', 'Quantity', 'Outcome', 'Description', 'Missed opportunity', 'Category', 'Note', 'Unit cost', 'Unit', 'Price year'];
const hostileCell = fc.oneof(
  fc.constantFrom('', '03/02/2019', '31/02/2019', '2019-02-03T25:61', '12/25/2019', '=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-1', 'yes', 'maybe', '£1,234.567', '1e308', 'NaN', '__proto__', 'constructor', '"', '""', '\r\n', '\u0000', '\uFFFF'),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.nat({ max: 40_000 }).map((n) => 'x'.repeat(n)),
);
const csvQuote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const hostileCsv = fc
  .record({
    headers: fc.shuffledSubarray(HEADERS, { minLength: 0 }).chain((h) => fc.constantFrom(h, [...h, ...h.slice(0, 2)])),
    rows: fc.array(fc.array(hostileCell, { maxLength: 16 }), { maxLength: 12 }),
    separator: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ headers, rows, separator }) => [headers, ...rows].map((r) => r.map(csvQuote).join(separator)).join('\r\n'));

describe('hostile and broken input', () => {
  afterAll(() => {
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1_000_000);
    process.stdout.write(`hostile inputs tried: ${tried}, exceptions: 0, heap after: ${heapMb} MB\n`);
    expect(heapMb).toBeLessThan(1_500);
  });

  it('random bytes are refused or read, never thrown on', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => importNeverThrows(bytes, 'random.xlsx')), { numRuns: RUNS });
  });

  it('corrupted and truncated xlsx files are refused or read, never thrown on', () => {
    const corrupted = fc.record({ cut: fc.oneof(fc.constant(template.length), fc.nat({ max: template.length })), flips: fc.array(fc.record({ at: fc.nat({ max: template.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 20 }) }).map(({ cut, flips }) => {
      const bytes = template.slice(0, Math.max(cut, 4));
      for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
      return bytes;
    });
    fc.assert(fc.property(corrupted, (bytes) => importNeverThrows(bytes, 'corrupt.xlsx')), { numRuns: RUNS });
  });

  it('CSVs with wrong types, giant cells, formulas, duplicate headers and stray characters get located problems', () => {
    fc.assert(fc.property(hostileCsv, (csv) => importNeverThrows(new TextEncoder().encode(csv), 'hostile.csv')), { numRuns: RUNS });
  });

  it('scenario sheets of any shape are refused with located problems or read', () => {
    fc.assert(
      fc.property(hostileCsv, (csv) => {
        tried += 1;
        const read = readScenarioSheet(new TextEncoder().encode(csv), 'scenario.csv');
        if (!read.ok) expect(read.problems.every((p) => p.file === 'scenario.csv' && p.reason.length > 0)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('project files with wrong types, deep nesting and prototype-pollution keys are refused, never thrown on', () => {
    const nested = fc.nat({ max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const polluted = fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => `{"type":"journey-mapper/project","version":1,"cases":[{"${key}":{"polluted":true}}]}`);
    const anyJson = fc.json({ depthSize: 'medium' });
    const envelope = fc.anything().map((contents) => JSON.stringify({ type: 'journey-mapper/project', version: 1, source: 'x', exportedAt: 'x', cases: contents, agencies: [], contacts: [contents] }));
    fc.assert(
      fc.property(fc.oneof(nested, polluted, anyJson, envelope, fc.string()), (text) => {
        tried += 1;
        const read = parseProjectFileText(text);
        if (!read.ok) expect(read.errors.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
