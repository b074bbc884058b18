import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/costing/scenario-sheet';
import type { Case, OutcomeMeasure } from '../../../shared/model';
import {
  BUILT_IN_MEASURES,
  NDT_ASSESSMENT,
  OUTCOMES_STAR,
  allMeasures,
} from '../../../shared/outcomes/built-in-measures';
import { checkScores } from '../../../shared/outcomes/measurement-check';
import { readOutcomeSheet } from '../../../shared/outcomes/outcome-sheet';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';

const T = '2024-01-01T00:00:00.000Z';
const person = (id: string, pseudonym: string) =>
  ({
    id,
    pseudonym,
    knownNames: [],
    designatedLead: '',
    status: 'open',
    riskGrade: 'not graded',
    notes: '',
    dateOfBirth: null,
    interventionDate: null,
    createdAt: T,
    updatedAt: T,
  }) as Case;
const CASES = [person('k1', 'Person A'), person('k2', 'Person B')];
const WELLBEING: OutcomeMeasure = {
  id: 'own-wellbeing',
  name: 'Wellbeing (key worker)',
  min: 0,
  max: 10,
  higherIsBetter: true,
  items: [],
  source: '',
};
const MEASURES = allMeasures([WELLBEING]);
const NDT_AREAS = NDT_ASSESSMENT.items.map((i) => i.name);

function sheet(rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Case', 'Date', 'Measure', 'Item', 'Score'], ...rows]),
    'Scores',
  );
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('the built-in measures', () => {
  it('score the NDT assessment out of 48 over ten areas, the two risk areas counted double, and the Outcomes Star 10-100 over ten areas of 1-10', () => {
    expect(NDT_ASSESSMENT.items).toHaveLength(10);
    expect(NDT_ASSESSMENT.items.reduce((sum, i) => sum + i.max, 0)).toBe(48);
    expect(NDT_ASSESSMENT.items.filter((i) => i.max === 8).map((i) => i.name)).toEqual([
      'Risk to others',
      'Risk from others',
    ]);
    expect(NDT_ASSESSMENT.higherIsBetter).toBe(false);
    expect(OUTCOMES_STAR.items).toHaveLength(10);
    expect([OUTCOMES_STAR.min, OUTCOMES_STAR.max, OUTCOMES_STAR.higherIsBetter]).toEqual([10, 100, true]);
    expect(MEASURES.map((m) => m.name)).toEqual([
      ...BUILT_IN_MEASURES.map((m) => m.name),
      'Wellbeing (key worker)',
    ]);
  });

  it('take a total on its own, sum every area when all are scored, and refuse what the form does not allow', () => {
    expect(checkScores(NDT_ASSESSMENT, { total: 31, itemScores: {} })).toEqual({
      ok: true,
      total: 31,
      itemScores: {},
    });
    const all = Object.fromEntries(NDT_AREAS.map((a) => [a, a.startsWith('Risk') ? 6 : 3]));
    expect(checkScores(NDT_ASSESSMENT, { total: null, itemScores: all })).toMatchObject({
      ok: true,
      total: 8 * 3 + 2 * 6,
    });
    expect(checkScores(NDT_ASSESSMENT, { total: 40, itemScores: all })).toMatchObject({
      ok: false,
      problems: [{ reason: 'the total 40 is not the sum of the area scores, 36' }],
    });
    expect(checkScores(NDT_ASSESSMENT, { total: 49, itemScores: {} })).toMatchObject({
      ok: false,
      problems: [{ reason: "the total 49 is outside NDT assessment's range, 0-48" }],
    });
    expect(checkScores(NDT_ASSESSMENT, { total: 20, itemScores: { 'Risk to others': 3 } })).toMatchObject({
      ok: false,
      problems: [
        { item: 'Risk to others', reason: '3 is not a score of Risk to others (0-8 in steps of 2)' },
      ],
    });
    expect(checkScores(NDT_ASSESSMENT, { total: null, itemScores: { Housing: 2 } })).toMatchObject({
      ok: false,
      problems: [{ reason: 'give the total, or a score for every one of its 10 areas' }],
    });
    expect(checkScores(OUTCOMES_STAR, { total: 50, itemScores: { 'Physical health': 0 } })).toMatchObject({
      ok: false,
      problems: [{ reason: '0 is not a score of Physical health (1-10)' }],
    });
  });
});

describe('a sheet of outcome scores', () => {
  it('makes one measurement per case, date and measure: a total row, or the areas summed', () => {
    const read = readOutcomeSheet(
      sheet([
        ['Person A', '01/03/2019', 'NDT', '', 31],
        ['Person A', '01/09/2019', 'NDT assessment', '', 22],
        ...NDT_AREAS.map((a) => ['Person B', '15/05/2020', 'Chaos index', a, a.startsWith('Risk') ? 4 : 2]),
        ['person b', '2020-06-01', 'Wellbeing (key worker)', '', 7],
      ]),
      'scores.xlsx',
      CASES,
      MEASURES,
    );
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    expect(
      read.measurements.map((m) => [
        m.caseId,
        m.date,
        m.measureId,
        m.total,
        Object.keys(m.itemScores).length,
      ]),
    ).toEqual([
      ['k1', '2019-03-01', 'ndt-assessment', 31, 0],
      ['k1', '2019-09-01', 'ndt-assessment', 22, 0],
      ['k2', '2020-05-15', 'ndt-assessment', 8 * 2 + 2 * 4, 10],
      ['k2', '2020-06-01', 'own-wellbeing', 7, 0],
    ]);
  });

  it('refuses each bad row by sheet, row and column, and takes nothing', () => {
    const read = readOutcomeSheet(
      sheet([
        ['Person A', '01/03/2019', 'NDT', '', 31],
        ['Person A', '01/04/2019', 'NDT', '', 52],
        ['Person A', '01/05/2019', 'Recovery Star', '', 30],
        ['Person A', '01/06/2019', 'NDT', 'Employment', 2],
        ['Person A', '01/06/2019', 'NDT', '', 20],
        ['Person Z', '01/07/2019', 'NDT', '', 20],
        ['Person A', '31/02/2019', 'NDT', '', 20],
        ['Person A', '01/08/2019', 'Outcomes Star', 'Offending', 'high'],
      ]),
      'scores.xlsx',
      CASES,
      MEASURES,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(describeProblem)).toEqual([
      'scores.xlsx, sheet "Scores", row 4, column C (Measure): "Recovery Star" is not a measure (measures: NDT assessment, Outcomes Star, Wellbeing (key worker))',
      'scores.xlsx, sheet "Scores", row 7, column A (Case): "Person Z" is not a case in this store',
      'scores.xlsx, sheet "Scores", row 8, column B (Date): "31/02/2019" is not a real date (day 31, month 2)',
      'scores.xlsx, sheet "Scores", row 9, column E (Score): "high" is not a number',
      'scores.xlsx, sheet "Scores", row 3, column E (Score): the total 52 is outside NDT assessment\'s range, 0-48',
      `scores.xlsx, sheet "Scores", row 5, column D (Item): "Employment" is not an area of NDT assessment (areas: ${NDT_AREAS.join(', ')})`,
    ]);
  });

  it('names a missing column', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Case', 'Date', 'Score']]), 'Scores');
    const read = readOutcomeSheet(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'scores.xlsx',
      CASES,
      MEASURES,
    );
    expect(read.ok ? [] : read.problems.map(describeProblem)).toEqual([
      'scores.xlsx, sheet "Scores", row 1, column Measure: the header row has no "Measure" column (expected: Case, Date, Measure, Item, Score)',
      'scores.xlsx, sheet "Scores", row 1, column Item: the header row has no "Item" column (expected: Case, Date, Measure, Item, Score)',
    ]);
  });
});

describe("the workbook's Outcomes sheet", () => {
  it('lists each total and its area scores, and reads back through the import unchanged', () => {
    const areas = Object.fromEntries(NDT_AREAS.map((a) => [a, a.startsWith('Risk') ? 4 : 1]));
    const measurements = [
      {
        id: 'o2',
        caseId: 'k1',
        measureId: 'ndt-assessment',
        date: '2019-09-01',
        total: 16,
        itemScores: areas,
        note: '',
      },
      {
        id: 'o1',
        caseId: 'k1',
        measureId: 'ndt-assessment',
        date: '2019-03-01',
        total: 31,
        itemScores: {},
        note: '',
      },
    ];
    const project = {
      type: 'journey-mapper/project' as const,
      version: 1 as const,
      source: 't',
      exportedAt: T,
      anonymised: false,
      cases: [CASES[0]],
      agencies: [],
      contacts: [],
      links: [],
      lifeEvents: [],
      unitCosts: [],
      missedOpportunityCategories: [],
      outcomes: measurements,
    };
    const series = {
      type: 'journey-mapper/deflator-series' as const,
      version: 1 as const,
      name: 'd',
      source: 's',
      baseYear: '2023/24',
      latestOutturnYear: '2023/24',
      values: { '2023/24': 100 },
      yearSources: {},
      notes: '',
    };
    const bytes = journeyWorkbookBytes({
      project,
      basis: { priceBase: '2023/24', series, unitCosts: [] },
      producedAt: T,
    });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes).Sheets.Outcomes, {
      header: 1,
      raw: false,
      defval: '',
    });
    expect(rows.slice(0, 4)).toEqual([
      ['Case', 'Date', 'Measure', 'Item', 'Score'],
      ['Person A', '01/03/2019', 'NDT assessment', '', '31'],
      ['Person A', '01/09/2019', 'NDT assessment', '', '16'],
      ['Person A', '01/09/2019', 'NDT assessment', 'Engagement with frontline services', '1'],
    ]);
    const outcomesOnly = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(outcomesOnly, XLSX.read(bytes).Sheets.Outcomes, 'Outcomes');
    const reread = readOutcomeSheet(
      new Uint8Array(XLSX.write(outcomesOnly, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'outcomes.xlsx',
      CASES,
      MEASURES,
    );
    if (!reread.ok) throw new Error(reread.problems.map(describeProblem).join('\n'));
    const withoutId = (m: (typeof measurements)[number]) => [
      m.caseId,
      m.measureId,
      m.date,
      m.total,
      m.itemScores,
    ];
    expect(reread.measurements.map(withoutId)).toEqual([measurements[1], measurements[0]].map(withoutId));
  });
});
