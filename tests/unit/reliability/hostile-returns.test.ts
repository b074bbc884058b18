import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeReturnProblem, type ReturnProblem } from '../../../shared/chronology/return-problems';
import { suggestReturnMapping } from '../../../shared/chronology/return-columns';
import { readReturnEntries } from '../../../shared/chronology/return-rows';
import { openReturn } from '../../../shared/chronology/return-tables';
import {
  deepTables,
  docxOf,
  entityBomb,
  honestBomb,
  lyingBomb,
  wordXml,
} from '../chronology/hostile-returns';

/**
 * Malformed Word returns: random bytes, cut-short and corrupted documents, forged XML with
 * entities, odd merges and nesting. None may throw or hang, and every refusal names the file
 * (and the table, row and column where there is one). FUZZ_RUNS scales the run, as in hostile-input.test.ts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const NAME = 'return.docx';
const sample = new Uint8Array(readFileSync('samples/returns/adult-r-police.docx'));

function located(problems: ReturnProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.reason.length).toBeGreaterThan(0);
    expect(describeReturnProblem(p)).toMatch(
      /^return\.docx(, (table|sheet) [^:]+)?(, row \d+)?(, column [^:]+)?: .+/,
    );
  }
}

/** Opening and reading every table never throws; each refusal is located. */
function neverThrows(bytes: Uint8Array): void {
  const read = openReturn(bytes, NAME);
  if (!read.ok) {
    located(read.problems);
    return;
  }
  for (const table of read.tables) {
    const { entries, problems } = readReturnEntries(
      NAME,
      table,
      suggestReturnMapping(table.header),
      'Police',
    );
    if (problems.length > 0) located(problems);
    for (const e of entries) expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
}

const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&]/g, ''));
const attributeValue = fc.oneof(
  fc.constant('restart'),
  fc.constant('continue'),
  fc.integer({ min: -5, max: 100_000 }).map(String),
  text,
);
/** A cell Word might write, or one no Word writes: any span, any merge, any text, perhaps a table inside. */
const cellXml = fc
  .tuple(attributeValue, fc.boolean(), text, fc.boolean())
  .map(
    ([value, merge, body, nested]) =>
      `<w:tc><w:tcPr>${merge ? `<w:vMerge w:val="${value}"/>` : `<w:gridSpan w:val="${value}"/>`}</w:tcPr><w:p><w:r><w:t>${body}</w:t></w:r></w:p>${nested ? '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>' : ''}</w:tc>`,
  );
const rowXml = fc
  .tuple(fc.boolean(), fc.array(cellXml, { maxLength: 8 }))
  .map(
    ([header, cells]) => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`,
  );
const tableXml = fc
  .array(rowXml, { maxLength: 10 })
  .map((rows) => `<w:p><w:r><w:t>Agency: Police</w:t></w:r></w:p><w:tbl>${rows.join('')}</w:tbl>`);

describe('hostile Word returns', () => {
  it('random bytes named .docx are refused, located, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => neverThrows(bytes)),
      { numRuns: RUNS },
    );
  });

  it('a real return cut short or with bytes changed never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.byteLength }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (cut, flips) => {
          const bytes = sample.slice(0, cut);
          for (const [at, value] of flips) if (bytes.byteLength > 0) bytes[at % bytes.byteLength] = value;
          neverThrows(bytes);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('forged documents with any spans, merges, header marks and nested tables never throw', () => {
    fc.assert(
      fc.property(fc.array(tableXml, { maxLength: 3 }), fc.boolean(), (tables, stored) =>
        neverThrows(docxOf(wordXml(tables.join('')), stored ? 0 : 9)),
      ),
      { numRuns: RUNS },
    );
  });

  it('deep nesting at any depth, entity bombs and zip bombs are refused or read literally, never thrown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), (depth) => neverThrows(deepTables(depth))),
      { numRuns: Math.min(RUNS, 50) },
    );
    neverThrows(entityBomb());
    neverThrows(honestBomb());
    neverThrows(lyingBomb());
  }, 120_000);
});
