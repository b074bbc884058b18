import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { DeflatorSeries } from '../../../shared/costing/deflator';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { ROUNDING_RULE } from '../../../shared/costing/money';
import { journeyCsv } from '../../../shared/exports/journey-csv';
import type { JourneyExportInput } from '../../../shared/exports/journey-export-input';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';
import { journeyXes } from '../../../shared/exports/journey-xes';
import { serialiseProjectFile, type ProjectFile } from '../../../shared/project/project-file';
import { GMCA_ATTRIBUTION } from '../../../shared/unit-cost-import/gmca-unit-costs';
import type { Agency, Case, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const aCase = (id: string, pseudonym: string): Case => ({
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
});
const agency = (id: string, name: string, laneOrder: number): Agency => ({
  id,
  name,
  sector: 'Other',
  colour: '#0072B2',
  laneOrder,
  hidden: false,
});
const unitCost = (
  id: string,
  name: string,
  amountPence: number,
  unit: UnitCost['unit'],
  priceYear: UnitCost['priceYear'],
  confidence: number,
): UnitCost => ({
  id,
  name,
  costBearer: `${name} bearer`,
  unit,
  amountPence,
  priceYear,
  source: `${name} source`,
  confidence,
  notes: '',
  retired: false,
});
const contact = (
  id: string,
  caseId: string,
  agencyId: string,
  start: string,
  fields: Partial<Contact> = {},
): Contact => ({
  id,
  caseId,
  agencyId,
  contactType: 'Contact',
  start,
  end: null,
  quantity: null,
  outcome: '',
  description: '',
  missedOpportunity: null,
  unitCostId: null,
  costOverride: null,
  createdAt: T,
  updatedAt: T,
  ...fields,
});

const INJECTION = '=HYPERLINK("http://x","y")';
const CATEGORY = "'Failure to engage' with no assertive outreach";
const WELFARE = 'Welfare check <"urgent">\u0001';
const project: ProjectFile = {
  type: 'journey-mapper/project',
  version: 1,
  source: 'test',
  exportedAt: T,
  anonymised: false,
  cases: [aCase('k1', 'Person A'), aCase('k2', 'Person B')],
  agencies: [agency('police', 'Police', 0), agency('housing', 'Housing', 1), agency('ae', 'A&E', 2)],
  unitCosts: [
    unitCost('arrest', 'Arrest', 71900, 'contact', 'unknown', 3),
    unitCost('bb', 'B&B night', 3500, 'night', '2022/23', 2),
    unitCost('ae', 'A&E attendance', 26093, 'contact', '2023/24', 4),
    unitCost('unused', 'Outreach hour', 3038, 'hour', '2023/24', 4),
  ],
  contacts: [
    contact('c1', 'k1', 'police', '2019-02-03T23:10', {
      contactType: 'Arrest',
      unitCostId: 'arrest',
      description: INJECTION,
    }),
    contact('c2', 'k1', 'ae', '2019-02-05', {
      contactType: 'A&E attendance',
      unitCostId: 'ae',
      quantity: 1.5,
      missedOpportunity: { category: CATEGORY, note: 'Seen twice', shouldHaveHappened: 'Refer' },
    }),
    contact('c3', 'k1', 'housing', '2019-03-04', {
      contactType: 'B&B placement',
      unitCostId: 'bb',
      end: '2019-03-11',
      description: 'Said "no", paid £35, left',
    }),
    contact('c4', 'k1', 'police', '2019-04-01', { contactType: WELFARE }),
    contact('c5', 'k2', 'police', '2020-01-10', {
      contactType: 'Arrest',
      unitCostId: 'arrest',
      quantity: 2,
      outcome: 'Released,\nno further action',
      costOverride: { amountPence: 50000, reason: 'Force figure' },
    }),
    contact('c6', 'k2', 'housing', '2020-01-11T04:00', { contactType: 'B&B placement', unitCostId: 'bb' }),
  ],
  links: [],
  lifeEvents: [],
  missedOpportunityCategories: [],
};
// Only the ratio matters: 2022/23 prices x 100/96 at 2023/24 prices.
const series: DeflatorSeries = {
  type: 'journey-mapper/deflator-series',
  version: 1,
  name: 'Test deflator',
  source: 'Made for this test',
  baseYear: '2023/24',
  latestOutturnYear: '2023/24',
  values: { '2022/23': 96, '2023/24': 100 },
  yearSources: {},
  notes: '',
};
const input: JourneyExportInput = {
  project,
  basis: { priceBase: '2023/24', series, unitCosts: project.unitCosts },
  producedAt: '2026-11-25T10:00:00.000Z',
};
const totalOf = (caseId: string) =>
  journeyTotals({
    contacts: project.contacts.filter((c) => c.caseId === caseId),
    agencies: project.agencies,
    basis: input.basis,
  }).totalPence;
// Person A: 719.00 (unknown year, not uplifted) + 1.5 x 260.93 = 391.395 + 7 nights x 35.00 x 100/96 = 255.2083.. = 1365.6033.. -> 1365.60,
// though its rounded lines add up to 1365.61. Person B: 500.00 override + 1 night (assumed) x 35.00 x 100/96 = 36.4583.. -> 536.46.

describe('journey CSV', () => {
  const csv = journeyCsv(input);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFCase,Date,End date,Agency,Contact type,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(8);
  });
  it('writes every field as the canonical template reads it, quoted where RFC 4180 needs it', () => {
    expect(rows).toEqual([
      [
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
        'Cost bearer',
        'Source',
        'Should have happened',
        'Cost override',
        'Override reason',
        'Financial year',
        'Cost at price base',
        'Cumulative cost',
        'Earliest',
        'Latest',
      ],
      [
        'Person A',
        '03/02/2019 23:10',
        '',
        'Police',
        'Arrest',
        '',
        '',
        `'${INJECTION}`,
        'no',
        '',
        '',
        '719.00',
        'contact',
        'unknown',
        'Arrest bearer',
        'Arrest source',
        '',
        '',
        '',
        '2018/19',
        '719.00',
        '719.00',
        '03/02/2019',
        '03/02/2019',
      ],
      [
        'Person A',
        '05/02/2019',
        '',
        'A&E',
        'A&E attendance',
        '1.5',
        '',
        '',
        'yes',
        CATEGORY,
        'Seen twice',
        '260.93',
        'contact',
        '2023/24',
        'A&E attendance bearer',
        'A&E attendance source',
        'Refer',
        '',
        '',
        '2018/19',
        '391.40',
        '1110.40',
        '05/02/2019',
        '05/02/2019',
      ],
      [
        'Person A',
        '04/03/2019',
        '11/03/2019',
        'Housing',
        'B&B placement',
        '',
        '',
        'Said "no", paid £35, left',
        'no',
        '',
        '',
        '35.00',
        'night',
        '2022/23',
        'B&B night bearer',
        'B&B night source',
        '',
        '',
        '',
        '2018/19',
        '255.21',
        '1365.60',
        '04/03/2019',
        '04/03/2019',
      ],
      [
        'Person A',
        '01/04/2019',
        '',
        'Police',
        WELFARE,
        '',
        '',
        '',
        'no',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '2019/20',
        '',
        '1365.60',
        '01/04/2019',
        '01/04/2019',
      ],
      [
        'Person B',
        '10/01/2020',
        '',
        'Police',
        'Arrest',
        '2',
        'Released,\nno further action',
        '',
        'no',
        '',
        '',
        '719.00',
        'contact',
        'unknown',
        'Arrest bearer',
        'Arrest source',
        '',
        '500.00',
        'Force figure',
        '2019/20',
        '500.00',
        '500.00',
        '10/01/2020',
        '10/01/2020',
      ],
      [
        'Person B',
        '11/01/2020 04:00',
        '',
        'Housing',
        'B&B placement',
        '',
        '',
        '',
        'no',
        '',
        '',
        '35.00',
        'night',
        '2022/23',
        'B&B night bearer',
        'B&B night source',
        '',
        '',
        '',
        '2019/20',
        '36.46',
        '536.46',
        '11/01/2020',
        '11/01/2020',
      ],
    ]);
    expect(csv).toContain(',"Said ""no"", paid £35, left",');
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('costed journey workbook', () => {
  const bytes = journeyWorkbookBytes(input);
  const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: true });
  const table = (name: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: '', UTC: true });
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const sheetXml = (n: number) =>
    new TextDecoder().decode(XLSX.CFB.find(zip, `/xl/worksheets/sheet${n}.xml`)?.content as Uint8Array);

  it('has the sheets in order, and no formula anywhere', () => {
    expect(book.SheetNames).toEqual([
      'Journey',
      'By cost bearer',
      'By financial year',
      'By agency',
      'By contact type',
      'Missed opportunities',
      'Unit costs and sources',
      'Integrated chronology',
      'About',
    ]);
    for (const name of book.SheetNames) {
      for (const [ref, cell] of Object.entries(book.Sheets[name]))
        if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f, `${name}!${ref}`).toBeUndefined();
    }
  });
  it('writes dates as date serials of the recorded calendar day and time', () => {
    const journey = book.Sheets.Journey;
    expect(journey.B2).toMatchObject({ t: 'n', z: 'dd/mm/yyyy hh:mm' });
    expect(journey.B2.v).toBeCloseTo(43499 + (23 * 60 + 10) / 1440, 9);
    expect(XLSX.SSF.format('dd/mm/yyyy hh:mm', journey.B2.v as number)).toBe('03/02/2019 23:10');
    expect(journey.B3).toMatchObject({ t: 'n', v: 43501, z: 'dd/mm/yyyy' });
    expect(journey.C4).toMatchObject({ t: 'n', v: 43535, z: 'dd/mm/yyyy' });
    expect(XLSX.SSF.format('dd/mm/yyyy', journey.C4.v as number)).toBe('11/03/2019');
    expect(book.Sheets['Missed opportunities'].B2).toMatchObject({ t: 'n', v: 43501, z: 'dd/mm/yyyy' });
  });
  it('writes money as £ numbers, blank when uncosted, and free text as neutralised strings', () => {
    const journey = book.Sheets.Journey;
    const money = { t: 'n', z: '"£"#,##0.00' };
    expect(journey.L2).toMatchObject({ ...money, v: 719 });
    expect(journey.U3).toMatchObject({ ...money, v: 391.4 });
    expect(journey.V4).toMatchObject({ ...money, v: 1365.6 });
    expect(journey.R6).toMatchObject({ ...money, v: 500 });
    expect(journey.U5).toBeUndefined();
    expect(journey.F3).toMatchObject({ t: 'n', v: 1.5 });
    expect(journey.H2).toMatchObject({ t: 's', v: `'${INJECTION}` });
    expect(journey.U1).toMatchObject({ t: 's', v: 'Cost at price base' });
    expect(journey.U1.c?.[0].t).toBe(
      'At 2023/24 prices: the About sheet gives the deflator and the caveats.',
    );
    expect(journey['!autofilter']?.ref).toBe('A1:X7');
    expect(sheetXml(1).split('<col ')).toHaveLength(25);
  });
  it('totals each breakdown with journeyTotals, rounded once, not by adding rounded rows, with a Rounding row where they differ', () => {
    expect([totalOf('k1'), totalOf('k2')]).toEqual([136560, 53646]);
    for (const name of ['By cost bearer', 'By financial year', 'By agency', 'By contact type']) {
      const totals = table(name).filter((r) => r[1] === 'Total');
      expect(totals, name).toEqual([
        ['Person A', 'Total', totalOf('k1') / 100],
        ['Person B', 'Total', totalOf('k2') / 100],
      ]);
    }
    expect(table('By agency')).toEqual([
      ['Case', 'Agency', 'Cost'],
      ['Person A', 'A&E', 391.4],
      ['Person A', 'Housing', 255.21],
      ['Person A', 'Police', 719],
      ['Person A', 'Rounding', -0.01],
      ['Person A', 'Total', 1365.6],
      ['Person B', 'Housing', 36.46],
      ['Person B', 'Police', 500],
      ['Person B', 'Total', 536.46],
    ]);
    expect(table('By cost bearer')[3]).toEqual(['Person A', 'B&B night bearer', 255.21]);
    expect(table('By financial year').map((r) => r[1])).toEqual([
      'Financial year',
      '2018/19',
      'Total',
      '2019/20',
      'Total',
    ]);
  });
  it('lists missed opportunities with the cost that followed, and only the unit costs used', () => {
    expect(table('Missed opportunities')).toEqual([
      [
        'Case',
        'Date',
        'Agency',
        'Contact type',
        'Category',
        'Note',
        'Should have happened',
        'Cost after (to end of journey)',
        'Cost after (12 months)',
        'Cost after (order unknown)',
      ],
      [
        'Person A',
        new Date(Date.UTC(2019, 1, 5)),
        'A&E',
        'A&E attendance',
        CATEGORY,
        'Seen twice',
        'Refer',
        255.21,
        255.21,
        0,
      ],
    ]);
    expect(table('Unit costs and sources')).toEqual([
      [
        'Name',
        'Cost bearer',
        'Unit',
        'Unit cost (£)',
        'Price year',
        'Source',
        'Confidence (1-5)',
        'Notes',
        'Cost code',
        'Attribution',
      ],
      [
        'A&E attendance',
        'A&E attendance bearer',
        'contact',
        260.93,
        '2023/24',
        'A&E attendance source',
        4,
        '',
        '',
        '',
      ],
      ['Arrest', 'Arrest bearer', 'contact', 719, 'unknown', 'Arrest source', 3, '', '', ''],
      ['B&B night', 'B&B night bearer', 'night', 35, '2022/23', 'B&B night source', 2, '', '', ''],
    ]);
  });
  it('states the price base, deflator, rounding rule and every caveat on the About sheet', () => {
    expect(table('About')).toEqual([
      ['About this workbook', ''],
      ['Produced by', 'Journey Mapper'],
      ['Produced at', '2026-11-25T10:00:00.000Z'],
      ['Price base', '2023/24 prices'],
      ['Deflator series', 'Test deflator'],
      ['Deflator source', 'Made for this test'],
      ['Cases', 'Person A, Person B'],
      ['Anonymised', 'no'],
      ['Rounding', ROUNDING_RULE],
      [
        'Caveat',
        'Person A: 1 of 4 contacts have no cost and are not counted in the totals (not counted as £0).',
      ],
      [
        'Caveat',
        'Person A: 52.7% of the total rests on costs with no stated price year, which are not uplifted.',
      ],
      ['Caveat', 'Person A: 18.7% of the total rests on low-confidence costs (grade 1-2).'],
      ['Caveat', 'Person B: 6.8% of the total rests on low-confidence costs (grade 1-2).'],
      ['Caveat', 'Person B: 93.2% of the total is overridden costs, each with a stated reason.'],
      [
        'Caveat',
        'Person B: 1 contact is costed on an assumed quantity of 1 (no end date, no times, or approximate dates).',
      ],
    ]);
  });
  it('freezes the header row of every sheet', () => {
    book.SheetNames.forEach((name, i) => {
      expect(sheetXml(i + 1), name).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
    });
  });
});

/** Tags nest and close, attribute values hold no raw < or quote, and every & starts an XML entity. */
function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (let at = xml.indexOf('?>') + 2; ;) {
    const open = xml.indexOf('<', at);
    if (open < 0) break;
    const close = xml.indexOf('>', open);
    const tag = xml.slice(open + 1, close);
    if (close < 0 || tag.includes('<') || tag.split('"').length % 2 === 0) return false;
    if (tag.startsWith('/')) {
      if (stack.pop() !== tag.slice(1)) return false;
    } else if (!tag.endsWith('/')) stack.push(tag.split(' ')[0]);
    at = close + 1;
  }
  const entities = ['amp;', 'lt;', 'gt;', 'quot;', 'apos;'];
  return (
    stack.length === 0 &&
    xml
      .split('&')
      .slice(1)
      .every((rest) => entities.some((e) => rest.startsWith(e)))
  );
}

describe('XES event log', () => {
  const xes = journeyXes(input);
  it('is well-formed XML with one trace per case and one event per contact', () => {
    expect(isWellFormed('<a><b></a></b>')).toBe(false);
    expect(isWellFormed('<a v="A&E"/>')).toBe(false);
    expect(isWellFormed(xes)).toBe(true);
    expect(xes.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016"')).toBe(true);
    for (const prefix of ['concept', 'time', 'org', 'cost', 'lifecycle'])
      expect(xes).toContain(`prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"`);
    expect(xes.split('<trace>')).toHaveLength(3);
    expect(xes.split('<event>')).toHaveLength(7);
    expect(xes).toContain(
      '<string key="concept:name" value="Person B"/>\n    <string key="case:id" value="k2"/>',
    );
  });
  it('carries date, resource, cost at the price base and the missed opportunity, escaped', () => {
    expect([...xes.matchAll(/key="cost:total" value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '719.00',
      '391.40',
      '255.21',
      '500.00',
      '36.46',
    ]);
    expect(xes.split('<string key="cost:currency" value="GBP"/>')).toHaveLength(6);
    expect(xes).toContain('<date key="time:timestamp" value="2019-02-03T23:10:00.000"/>');
    expect(xes).toContain('<date key="time:timestamp" value="2019-02-05T00:00:00.000"/>');
    expect(xes).toContain('<string key="org:resource" value="A&amp;E"/>');
    expect(xes).toContain('<string key="concept:name" value="Welfare check &lt;&quot;urgent&quot;&gt;"/>');
    expect(xes).toContain(
      '<boolean key="missed_opportunity" value="true"/><string key="missed_opportunity:category" value="&apos;Failure to engage&apos; with no assertive outreach"/>',
    );
    expect(xes).not.toContain('\u0001');
  });
});

describe('a journey priced from licensed unit costs', () => {
  const credited: UnitCost = {
    ...unitCost('gmca-cr7-1', 'Arrest, no further action', 28500, 'contact', '2006/07', 3),
    code: 'CR7.1',
    attribution: GMCA_ATTRIBUTION,
  };
  const licensedProject = {
    ...project,
    unitCosts: [...project.unitCosts, credited],
    contacts: [
      ...project.contacts,
      contact('c7', 'k1', 'police', '2019-05-01', { contactType: 'Arrest', unitCostId: credited.id }),
    ],
  };
  const licensed: JourneyExportInput = {
    ...input,
    project: licensedProject,
    basis: { ...input.basis, unitCosts: licensedProject.unitCosts },
  };
  it('carries the licence credit in the workbook, the CSV and the project file', () => {
    const book = XLSX.read(journeyWorkbookBytes(licensed));
    const sheet = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: '' });
    expect(sheet('Unit costs and sources')).toContainEqual([
      'Arrest, no further action',
      'Arrest, no further action bearer',
      'contact',
      285,
      '2006/07',
      'Arrest, no further action source',
      3,
      '',
      'CR7.1',
      GMCA_ATTRIBUTION,
    ]);
    expect(sheet('About')).toContainEqual(['Unit costs used under licence', GMCA_ATTRIBUTION]);
    expect(sheet('About')).not.toContainEqual(expect.arrayContaining(['Unit costs used under licence', '']));
    const csvRows = Papa.parse<string[]>(journeyCsv(licensed).slice(1), { skipEmptyLines: true }).data;
    const sourceColumn = csvRows[0].indexOf('Source');
    expect(csvRows.filter((r) => r[sourceColumn].includes(GMCA_ATTRIBUTION))).toHaveLength(1);
    expect(JSON.parse(serialiseProjectFile(licensed.project)).unitCosts).toContainEqual(
      expect.objectContaining({ code: 'CR7.1', attribution: GMCA_ATTRIBUTION }),
    );
  });
  it('names no licence when no contact uses a credited entry', () => {
    const book = XLSX.read(journeyWorkbookBytes(input));
    expect(
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.About, { header: 1 }).map((r) => r[0]),
    ).not.toContain('Unit costs used under licence');
  });
});
