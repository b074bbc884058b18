import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { importedContacts, valueKey } from '../../../shared/contact-sheet/contact-import';
import { findUnknownValues, planContactImport } from '../../../shared/contact-sheet/import-plan';
import { proposeSetup } from '../../../shared/contact-sheet/mapping-template';
import { openContactFile } from '../../../shared/contact-sheet/open-contact-file';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { previewOf } from '../../../shared/contact-sheet/sheet-source';
import { journeyCsv } from '../../../shared/exports/journey-csv';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';
import {
  parseProjectFileText,
  serialiseProjectFile,
  type ProjectFile,
} from '../../../shared/project/project-file';
import {
  formatUkDate,
  type Agency,
  type Case,
  type Contact,
  type UnitCost,
  formatDateAsWritten,
} from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const agencies: Agency[] = ['Police', 'A&E', 'Housing', 'Outreach, "street" team'].map((name, i) => ({
  id: `a${i}`,
  name,
  sector: 'Other',
  colour: '#0072B2',
  laneOrder: i,
  hidden: false,
}));
const unitCosts: UnitCost[] = [
  {
    id: 'u0',
    name: 'Arrest and detain',
    costBearer: 'Police',
    unit: 'contact',
    amountPence: 71900,
    priceYear: 'unknown',
    source: 'Safe Space',
    confidence: 3,
    notes: '',
    retired: false,
  },
  {
    id: 'u1',
    name: 'B&B night',
    costBearer: 'Housing',
    unit: 'night',
    amountPence: 3500,
    priceYear: '2019/20',
    source: 'Council',
    confidence: 2,
    notes: '',
    retired: false,
  },
  {
    id: 'u2',
    name: 'Outreach hour',
    costBearer: 'Charity',
    unit: 'hour',
    amountPence: 3038,
    priceYear: '2016/17',
    source: 'PSSRU',
    confidence: 4,
    notes: '',
    retired: false,
  },
];
const UNCOSTED_TYPES = ['Welfare check', 'Street visit', 'Referral'];

// Text as records hold it: punctuation, quotes, £, newlines and formula-looking starts, never padded.
const text = fc
  .string({ unit: fc.constantFrom(...'abc XYZ019,;"\'=+-@£&<>\n'.split('')), maxLength: 30 })
  .map((s) => s.trim());
const start = fc.record({
  day: fc.integer({ min: 0, max: 3600 }),
  minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }),
});
const contactArb = fc.record({
  caseIndex: fc.integer({ min: 0, max: 2 }),
  agency: fc.integer({ min: 0, max: 3 }),
  start,
  approximate: fc.option(
    fc.constantFrom('month', 'quarter', 'season', 'year', 'range', 'about a month', 'about a year'),
    { nil: null, freq: 3 },
  ),
  nights: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  costing: fc.oneof(fc.constant<'uncosted'>('uncosted'), fc.integer({ min: 0, max: 2 })),
  uncostedType: fc.constantFrom(...UNCOSTED_TYPES),
  quantity: fc.option(
    fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
    { nil: null },
  ),
  outcome: text,
  description: text,
  missed: fc.option(
    fc.record({ category: text.filter((t) => t !== ''), note: text, shouldHaveHappened: text }),
    { nil: null },
  ),
  override: fc.option(
    fc.record({ amountPence: fc.integer({ min: 0, max: 10_000_000 }), reason: text.filter((t) => t !== '') }),
    { nil: null },
  ),
});

const pad = (n: number) => String(n).padStart(2, '0');
function localDate(day: number, minute: number | null): string {
  const d = new Date(Date.UTC(2015, 0, 1 + day));
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return minute === null ? date : `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** The day's month, quarter, season or year as a review would give it, stored as EDTF. */
function approximateDate(day: number, kind: string): string {
  const d = new Date(Date.UTC(2015, 0, 1 + day));
  const [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  switch (kind) {
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-${33 + Math.floor((month - 1) / 3)}`;
    case 'season':
      return month <= 2
        ? `${year - 1}-24`
        : `${year}-${month === 12 ? 24 : 21 + Math.floor((month - 3) / 3)}`;
    case 'year':
      return String(year);
    case 'range':
      return `${year}-${pad(month)}/${year + 1}-${pad(month)}`;
    case 'about a month':
      return `${year}-${pad(month)}~`;
    default:
      return `${year}~`;
  }
}

type GeneratedContact = typeof contactArb extends fc.Arbitrary<infer T> ? T : never;

function projectOf(rows: GeneratedContact[]): ProjectFile {
  const cases: Case[] = ['Person A', 'Person B', 'Person C'].map((pseudonym, i) => ({
    id: `k${i}`,
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
  }));
  const contacts: Contact[] = rows.map((r, i) => {
    // An approximate date has no time and, here, no end: with one, a per-night cost would need a quantity.
    const minute = r.approximate === null ? r.start.minute : null;
    const nights = r.approximate === null ? r.nights : null;
    const startAt =
      r.approximate === null ? localDate(r.start.day, minute) : approximateDate(r.start.day, r.approximate);
    const unitCost = r.costing === 'uncosted' ? null : unitCosts[r.costing];
    // A per-hour cost needs its hours: an import refuses it with no times and no quantity.
    const hoursUnknown =
      unitCost?.unit === 'hour' && r.override === null && (minute === null || nights === null);
    return {
      id: `c${i}`,
      caseId: `k${r.caseIndex}`,
      agencyId: `a${r.agency}`,
      contactType: unitCost?.name ?? r.uncostedType,
      start: startAt,
      end:
        nights === null
          ? null
          : localDate(r.start.day + nights, minute === null ? null : Math.min(1439, minute + 1)),
      quantity: r.quantity ?? (hoursUnknown ? 1.5 : null),
      outcome: r.outcome,
      description: r.description,
      missedOpportunity: r.missed,
      unitCostId: unitCost?.id ?? null,
      costOverride: r.override,
      createdAt: T,
      updatedAt: T,
    };
  });
  return {
    type: 'journey-mapper/project',
    version: 1,
    source: 'test',
    exportedAt: T,
    anonymised: false,
    cases: cases.filter((c) => contacts.some((x) => x.caseId === c.id)),
    agencies,
    unitCosts,
    contacts,
    links: [],
    lifeEvents: [],
    missedOpportunityCategories: [],
  };
}

/** A contact as the user sees it, without the ids and timestamps an import gives it anew. */
function visible(project: ProjectFile) {
  const caseName = new Map(project.cases.map((c) => [c.id, c.pseudonym]));
  const agencyName = new Map(project.agencies.map((a) => [a.id, a.name]));
  return project.contacts
    .map((c) => ({
      case: caseName.get(c.caseId),
      agency: agencyName.get(c.agencyId),
      contactType: c.contactType,
      start: c.start,
      end: c.end,
      quantity: c.quantity,
      outcome: c.outcome,
      description: c.description,
      missedOpportunity: c.missedOpportunity,
      unitCostId: c.unitCostId,
      costOverride: c.costOverride,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function totalsByCase(project: ProjectFile) {
  return Object.fromEntries(
    project.cases.map((c) => [
      c.pseudonym,
      journeyTotals({
        contacts: project.contacts.filter((x) => x.caseId === c.id),
        agencies: project.agencies,
        basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
      }).totalPence,
    ]),
  );
}

function reimport(bytes: Uint8Array, fileName: string): ProjectFile {
  const opened = openContactFile(bytes, fileName);
  if (!opened.ok) throw new Error(opened.problems[0].reason);
  const source = opened.sheets[0];
  const setup = proposeSetup(previewOf(source), []);
  expect(setup.canonical).toBe(true);
  const check = checkSheet(source, setup, fileName);
  expect(check.problems).toEqual([]);
  const library = { cases: [], agencies, unitCosts, contactTypes: [] };
  const unknown = findUnknownValues(check.names, library);
  const resolutions = {
    agencies: {},
    contactTypes: Object.fromEntries(
      unknown.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]),
    ),
  };
  const plan = planContactImport({
    check,
    library,
    targetCaseId: null,
    fileName,
    sheetName: 'Journey',
    sheetIndex: 0,
    settings: setup,
    now: T,
    resolutions,
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)));
  const created = (table: string) => plan.record.created.filter((c) => c.table === table).map((c) => c.after);
  const contacts: Contact[] = [...importedContacts(source, plan.record)].flat();
  return {
    type: 'journey-mapper/project',
    version: 1,
    source: 'test',
    exportedAt: T,
    anonymised: false,
    cases: created('cases') as Case[],
    agencies,
    unitCosts: [...unitCosts, ...(created('unitCosts') as UnitCost[])],
    contacts,
    links: [],
    lifeEvents: [],
    missedOpportunityCategories: [],
  };
}

const input = (project: ProjectFile) => ({
  project,
  basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
  producedAt: T,
});

describe('round trips', () => {
  it('project file → open gives the same project', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const project = projectOf(rows);
        const read = parseProjectFileText(serialiseProjectFile(project));
        expect(read).toEqual({ ok: true, project: { ...project, source: 'Journey Mapper' } });
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['xlsx', (p: ProjectFile) => journeyWorkbookBytes(input(p))],
    ['csv', (p: ProjectFile) => new TextEncoder().encode(journeyCsv(input(p)))],
  ])('journey → %s → import with the canonical template gives the same contacts and costs', (kind, write) => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const project = projectOf(rows);
        const back = reimport(write(project), `journey.${kind}`);
        expect(visible(back)).toEqual(visible(project));
        expect(totalsByCase(back)).toEqual(totalsByCase(project));
      }),
      { numRuns: 60 },
    );
  });

  it('formats dates the way the sheet shows them', () => {
    expect(formatUkDate('2019-02-03T23:10')).toBe('03/02/2019 23:10');
    expect(formatDateAsWritten('2019-10/2019-12')).toBe('Oct-Dec 2019');
  });
});
