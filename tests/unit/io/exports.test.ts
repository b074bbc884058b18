import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES } from '../../../shared/costing/shipped-data';
import { journeyCsv } from '../../../shared/io/journey-csv';
import type { JourneyExportInput } from '../../../shared/io/journey-export-input';
import { journeyWorkbookBytes } from '../../../shared/io/journey-workbook';
import { journeyXes } from '../../../shared/io/journey-xes';
import type { ProjectFile } from '../../../shared/io/project-file';
import type { Agency, Case, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const aCase = (id: string, pseudonym: string): Case => ({ id, pseudonym, knownNames: [], designatedLead: '', status: 'open', riskGrade: 'not graded', notes: '', dateOfBirth: null, interventionDate: null, createdAt: T, updatedAt: T });
const agency = (id: string, name: string, laneOrder: number): Agency => ({ id, name, sector: 'Other', colour: '#0072B2', laneOrder, hidden: false });
const unitCost = (id: string, name: string, amountPence: number, unit: UnitCost['unit'], priceYear: UnitCost['priceYear']): UnitCost => ({ id, name, costBearer: `${name} bearer`, unit, amountPence, priceYear, source: `${name} source`, confidence: 3, notes: '', retired: false });
const contact = (id: string, caseId: string, agencyId: string, start: string, fields: Partial<Contact> = {}): Contact => ({
  id, caseId, agencyId, contactType: 'Contact', start, end: null, quantity: null, outcome: '', description: '', missedOpportunity: null, unitCostId: null, costOverride: null, createdAt: T, updatedAt: T, ...fields,
});

const INJECTION = '=HYPERLINK("http://x","y")';
const project: ProjectFile = {
  type: 'journey-mapper/project', version: 1, source: 'test', exportedAt: T, anonymised: false,
  cases: [aCase('k1', 'Person A'), aCase('k2', 'Person B')],
  agencies: [agency('police', 'Police', 0), agency('housing', 'Housing', 1), agency('ae', 'A&E', 2)],
  unitCosts: [unitCost('arrest', 'Arrest', 71900, 'contact', 'unknown'), unitCost('bb', 'B&B night', 3500, 'night', '2023/24'), unitCost('ae', 'A&E attendance', 26093, 'contact', '2023/24')],
  contacts: [
    contact('c1', 'k1', 'police', '2019-02-03T23:10', { contactType: 'Arrest', unitCostId: 'arrest', description: INJECTION }),
    contact('c2', 'k1', 'ae', '2019-02-05', { contactType: 'A&E attendance', unitCostId: 'ae', missedOpportunity: { category: 'No referral made', note: 'no referral', shouldHaveHappened: 'refer' } }),
    contact('c3', 'k1', 'housing', '2019-03-04', { contactType: 'B&B placement', unitCostId: 'bb', end: '2019-03-11', description: 'Said "no", paid £35, left' }),
    contact('c4', 'k1', 'police', '2019-04-01', { contactType: 'Welfare check' }),
    contact('c5', 'k2', 'police', '2020-01-10', { contactType: 'Arrest', unitCostId: 'arrest', costOverride: { amountPence: 50000, reason: 'Force figure' } }),
    contact('c6', 'k2', 'ae', '2020-01-11T04:00', { contactType: 'A&E attendance', unitCostId: 'ae' }),
  ],
  links: [], lifeEvents: [], missedOpportunityCategories: [],
};
const input: JourneyExportInput = { project, priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, producedAt: '2026-11-25T10:00:00.000Z' };
// Person A: 719.00 (unknown year, not uplifted) + 260.93 + 7 nights x 35.00 = 1,224.93; Person B: 500.00 override + 260.93.
const totalA = journeyTotals({ contacts: project.contacts.filter((c) => c.caseId === 'k1'), unitCosts: project.unitCosts, agencies: project.agencies, priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES }).totalPence;

describe('journey CSV', () => {
  const csv = journeyCsv(input);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0].slice(0, 4)).toEqual(['Case', 'Date', 'End date', 'Agency']);
    expect(rows.find((r) => r[4] === 'B&B placement')?.[7]).toBe('Said "no", paid £35, left');
  });
  it('writes a formula-looking description as text', () => {
    expect(rows[1][7]).toBe(`'${INJECTION}`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
  it('gives each contact its cost and the running total, blank for the uncosted one', () => {
    expect(totalA).toBe(122493);
    expect(rows.slice(1, 5).map((r) => [r[1], r[20], r[21]])).toEqual([
      ['03/02/2019 23:10', '719.00', '719.00'],
      ['05/02/2019', '260.93', '979.93'],
      ['04/03/2019', '245.00', '1224.93'],
      ['01/04/2019', '', '1224.93'],
    ]);
  });
});

describe('costed journey workbook', () => {
  const book = XLSX.read(journeyWorkbookBytes(input), { type: 'array', cellNF: true, cellFormula: true });
  it('has the sheets in order, and no formula anywhere', () => {
    expect(book.SheetNames).toEqual(['Journey', 'By cost bearer', 'By financial year', 'By agency', 'By contact type', 'Missed opportunities', 'Unit costs and sources', 'About']);
    for (const name of book.SheetNames) {
      for (const [ref, cell] of Object.entries(book.Sheets[name])) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined();
    }
  });
  it('writes dates as dates, money as pounds, and the injection as a text cell', () => {
    const journey = book.Sheets.Journey;
    expect(journey.B2).toMatchObject({ t: 'n', z: 'dd/mm/yyyy hh:mm' });
    expect(XLSX.SSF.format('dd/mm/yyyy hh:mm', journey.B2.v as number)).toBe('03/02/2019 23:10');
    expect(XLSX.SSF.format('dd/mm/yyyy', journey.B3.v as number)).toBe('05/02/2019');
    expect(journey.U4).toMatchObject({ t: 'n', v: 245, z: '"£"#,##0.00' });
    expect(journey.H2).toMatchObject({ t: 's', v: `'${INJECTION}` });
    expect(journey['!autofilter']?.ref).toBe('A1:V7');
  });
  it('totals each breakdown to the journey total, and costs what followed the missed opportunity', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['By cost bearer']);
    expect(rows.filter((r) => r.Case === 'Person A' && r['Cost bearer'] === 'Total')[0].Cost).toBe(1224.93);
    expect(rows.filter((r) => r.Case === 'Person B' && r['Cost bearer'] === 'Total')[0].Cost).toBe(760.93);
    const missed = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Missed opportunities']);
    expect(missed).toHaveLength(1);
    expect(missed[0]['Cost after (to the end of the journey)']).toBe(245);
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets.About, { header: 1 });
    expect(about).toContainEqual(['Price base', '2023/24 prices']);
    expect(about.filter((r) => r[0] === 'Caveat').map((r) => r[1])).toContain('Person A: 1 of 4 contacts have no cost and are not counted in the totals (not counted as £0).');
  });
  it('freezes the header row of the Journey sheet', async () => {
    const zip = XLSX.CFB.read(journeyWorkbookBytes(input), { type: 'array' });
    const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')?.content as Uint8Array);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });
});

describe('XES event log', () => {
  const xes = journeyXes(input);
  it('has one trace per case and one event per contact, with resource and cost', () => {
    expect(xes.match(/<trace>/g)).toHaveLength(2);
    expect(xes.match(/<event>/g)).toHaveLength(6);
    expect(xes).toContain('<string key="org:resource" value="A&amp;E"/>');
    expect(xes).toContain('<float key="cost:total" value="245.00"/>');
    expect(xes).toContain('<date key="time:timestamp" value="2019-02-03T23:10:00.000"/>');
    expect(xes).toContain('<boolean key="missed_opportunity" value="true"/><string key="missed_opportunity:category" value="No referral made"/>');
    expect(xes).not.toContain('"http://x"');
  });
});
