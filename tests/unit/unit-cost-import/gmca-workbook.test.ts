import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { invertChangeSet } from '../../../shared/editing/change-set';
import { DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import { GMCA_ATTRIBUTION, gmcaUnitCosts } from '../../../shared/unit-cost-import/gmca-unit-costs';
import { describeGmcaRowProblem, readGmcaWorkbook } from '../../../shared/unit-cost-import/gmca-workbook';
import {
  libraryAfterImport,
  libraryImportChangeSet,
  planLibraryImport,
} from '../../../shared/unit-cost-import/library-import-plan';

const WORKBOOK = readFileSync('../shared/data/gmca-unit-cost-database-v1.4/unit-cost-database.xlsx');
const THEMES = [
  'Crime',
  'Education & Skills',
  'Employment & Economy',
  'Fire',
  'Health',
  'Housing',
  'Social Services',
];

/** Counted straight off the sheets, as a reader would: a line with a cost code (column C) and a number in Fiscal "Estimated cost/saving" (column H). */
function fiscalLinesPerSheet(): Record<string, number> {
  const book = XLSX.read(WORKBOOK);
  return Object.fromEntries(
    THEMES.map((sheet) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet], { header: 1, defval: null });
      return [
        sheet,
        rows.slice(2).filter((r) => String(r[2] ?? '').trim() !== '' && typeof r[7] === 'number').length,
      ];
    }),
  );
}

function read() {
  const result = readGmcaWorkbook(new Uint8Array(WORKBOOK), 'unit-cost-database.xlsx');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

describe('the GMCA / New Economy Unit Cost Database workbook', () => {
  it('gives one library entry for every cost line with a fiscal cost, sheet by sheet', () => {
    const counted = fiscalLinesPerSheet();
    const { costs, themeSheets } = read();
    expect(themeSheets).toEqual(THEMES);
    const bySheet = Object.fromEntries(THEMES.map((s) => [s, costs.filter((c) => c.sheet === s).length]));
    expect(bySheet).toEqual(counted);
    expect(gmcaUnitCosts(costs, 'own-price-year').unitCosts).toHaveLength(
      Object.values(counted).reduce((a, b) => a + b, 0),
    );
  });

  it('reads each field of a line as the sheet gives it, with R/A/G as confidence 2/3/4 and the licence credit', () => {
    const { unitCosts } = gmcaUnitCosts(read().costs, 'own-price-year');
    const asb = unitCosts.find((u) => u.code === 'CR1.0');
    expect(asb).toMatchObject({
      id: 'gmca-cr1-0',
      name: 'Anti-social behaviour further action necessary (cost of dealing with incident)',
      costBearer: 'Police',
      costBearerDetail: 'Local authority',
      unit: 'contact',
      publishedUnit: 'Per incident',
      amountPence: 50000,
      priceYear: '2002/03',
      confidence: 2,
      attribution: GMCA_ATTRIBUTION,
    });
    expect(asb?.source).toContain('The Economic and Social Costs of Anti-Social Behaviour');
    expect(asb?.notes).toMatch(/^GMCA RAG rating R\. Source gives a \(non-updated\) cost range/);
    expect(unitCosts.find((u) => u.code === 'CR9.0')).toMatchObject({
      unit: 'hour',
      amountPence: 3843,
      priceYear: '2013/14',
      confidence: 4,
    });
    expect(unitCosts.find((u) => u.code === 'CR1.2')?.confidence).toBe(3);
    // A year's cost has no year unit in the library: it is priced per contact, and says so.
    expect(unitCosts.find((u) => u.code === 'SS1.0')).toMatchObject({
      unit: 'contact',
      publishedUnit: 'Per year',
    });
    expect(unitCosts.find((u) => u.code === 'SS1.0')?.notes).toContain(
      'Published per "Per year": priced here per contact',
    );
    // The publisher's note on a fiscal cost cell travels with the entry.
    const noted = read().costs.find((c) => c.sheet === 'Education & Skills' && c.row === 20);
    expect(unitCosts.find((u) => u.code === noted?.code)?.notes).toContain(
      'Note on the fiscal cost: When calculating total public value, the fiscal benefit to HMT should be excluded',
    );
    expect(unitCosts.filter((u) => u.notes.includes('Note on the fiscal cost'))).toHaveLength(12);
  });

  it('takes the 2015/16 uprated value when asked, and skips a line that has none', () => {
    const { unitCosts, skipped } = gmcaUnitCosts(read().costs, 'uprated-2015-16');
    expect(unitCosts.find((u) => u.code === 'CR1.0')).toMatchObject({
      amountPence: 67323,
      priceYear: '2015/16',
    });
    expect(unitCosts.find((u) => u.code === 'CR1.0')?.source).toContain(
      '£500 in 2002/03, uprated to 2015/16 by the workbook',
    );
    expect(skipped.map(describeGmcaRowProblem)).toEqual([
      'sheet "Crime", row 178, column J (CR8.18.5): no value uprated to 2015/16 (import the own-price-year figures to take it)',
    ]);
  });

  it('lists each line it cannot take with its sheet, row, column and reason', () => {
    expect(read().skipped.map(describeGmcaRowProblem)).toEqual([
      'sheet "Crime", row 58, column C: the cost has no cost code, so a later import could not tell it apart',
      ...[24, 25, 26, 27, 28, 29].map(
        (row, i) =>
          `sheet "Education & Skills", row ${row}, column H (E&S8.${i + 1}): no fiscal cost (the line gives only an economic or social value)`,
      ),
      ...[34, 35, 36].map(
        (row, i) =>
          `sheet "Education & Skills", row ${row}, column H (E&S12.${i + 1}): no fiscal cost (the line gives only an economic or social value)`,
      ),
    ]);
  });

  it('adds every entry once, and a second import adds and changes nothing', () => {
    const { unitCosts } = gmcaUnitCosts(read().costs, 'own-price-year');
    const first = planLibraryImport([], unitCosts);
    expect(first.added).toHaveLength(unitCosts.length);
    const library = libraryAfterImport([], first);
    const second = planLibraryImport(library, gmcaUnitCosts(read().costs, 'own-price-year').unitCosts);
    expect([second.added.length, second.updated.length, second.unchanged.length]).toEqual([
      0,
      0,
      unitCosts.length,
    ]);
  });

  it('updates the shipped GMCA entries by cost code, keeping their names, in one change set that undoes whole', () => {
    const library = DEFAULT_UNIT_COST_LIBRARY.unitCosts;
    const plan = planLibraryImport(library, gmcaUnitCosts(read().costs, 'uprated-2015-16').unitCosts);
    expect(plan.updated.map((u) => u.before.id).sort()).toEqual(
      library
        .filter((u) => u.code !== undefined)
        .map((u) => u.id)
        .sort(),
    );
    const arrest = plan.updated.find((u) => u.before.code === 'CR7.1');
    expect(arrest?.after).toMatchObject({
      id: 'gmca-cr7-1',
      name: 'Arrest, no further action (simple caution)',
      amountPence: arrest?.before.amountPence,
      priceYear: '2015/16',
    });
    const changeSet = libraryImportChangeSet(plan, 'import the GMCA unit cost database');
    expect(changeSet.changes).toHaveLength(plan.added.length + plan.updated.length);
    expect(
      invertChangeSet(changeSet).changes.every(
        (c) => (c.after === null) === plan.added.some((a) => a.id === c.key),
      ),
    ).toBe(true);
  });
});

describe('a workbook that is not as published', () => {
  const themeSheet = (rows: unknown[][]) => {
    const header = [
      'Outcome category',
      'Outcome detail',
      'Cost code',
      'Cost / saving detail',
      'Unit',
      'Agency bearing the cost / making the fiscal saving',
      null,
      'Fiscal value',
      null,
      null,
      'Economic value',
      null,
      null,
      'Social value',
      null,
      null,
      'Original source',
      'RAG assessment',
      'Comment',
    ];
    const sub = [
      null,
      null,
      null,
      null,
      null,
      'Level 1',
      'Level 2',
      'Estimated cost/saving',
      'Year',
      'Updated cost/saving',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ];
    return XLSX.utils.aoa_to_sheet([header, sub, ...rows]);
  };
  const line = (code: string, fiscal: unknown, year: unknown, rag: unknown) => [
    'CRIME',
    'X',
    code,
    `Cost ${code}`,
    'Per incident',
    'Police',
    null,
    fiscal,
    year,
    100,
    null,
    null,
    null,
    null,
    null,
    null,
    'A source',
    rag,
    '',
  ];
  const bytesOf = (sheets: Record<string, XLSX.WorkSheet>) => {
    const book = XLSX.utils.book_new();
    for (const [name, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, sheet, name);
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('refuses each bad line by its place, and a repeated code', () => {
    const read = readGmcaWorkbook(
      bytesOf({
        Crime: themeSheet([
          line('CR1.0', 10, '2010/11', 'G'),
          line('CR1.1', 'ten', '2010/11', 'G'),
          line('CR1.2', 10, 'last year', 'A'),
          line('CR1.3', 10, '2010/11', 'X'),
          line('CR1.0', 12, '2010/11', 'G'),
        ]),
      }),
      'bad.xlsx',
    );
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.costs.map((c) => c.code)).toEqual(['CR1.0']);
    expect(read.skipped.map(describeGmcaRowProblem)).toEqual([
      'sheet "Crime", row 4, column H (CR1.1): the fiscal cost "ten" is not a number',
      'sheet "Crime", row 5, column I (CR1.2): the fiscal cost\'s year "last year" is not a financial year such as 2010/11',
      'sheet "Crime", row 6, column R (CR1.3): the RAG assessment "X" is not R, A or G',
      'sheet "Crime", row 7, column C (CR1.0): the cost code is used already (sheet "Crime", row 3)',
    ]);
  });

  it('refuses the whole file when a theme sheet lacks a column, or no sheet is a theme sheet', () => {
    const noRag = XLSX.utils.aoa_to_sheet([
      [
        'Cost code',
        'Cost / saving detail',
        'Unit',
        'Agency bearing the cost',
        null,
        'Fiscal value',
        null,
        null,
        'Original source',
        'Comment',
      ],
    ]);
    expect(readGmcaWorkbook(bytesOf({ Health: noRag }), 'odd.xlsx')).toEqual({
      ok: false,
      errors: ['odd.xlsx, sheet "Health", row 1: no "RAG assessment" column'],
    });
    expect(
      readGmcaWorkbook(bytesOf({ Sheet1: XLSX.utils.aoa_to_sheet([['Case', 'Date']]) }), 'contacts.xlsx'),
    ).toEqual({
      ok: false,
      errors: [
        'contacts.xlsx is not the GMCA / New Economy Unit Cost Database: no sheet has a "Cost code" column in its first row',
      ],
    });
  });
});
