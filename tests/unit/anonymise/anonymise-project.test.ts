import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymiseProject } from '../../../shared/anonymise/anonymise-project';
import { reportText } from '../../../shared/anonymise/anonymisation-report';
import { costReport } from '../../../shared/costing/cost-report';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import {
  parseProjectFileText,
  restoreProjectFile,
  serialiseProjectFile,
  type ProjectFile,
} from '../../../shared/project/project-file';
import { Case, toDayNumber, isExactDate, precisionOf, shiftApproximateDate } from '../../../shared/model';

const read = (): ProjectFile => {
  const result = parseProjectFileText(
    readFileSync('tests/fixtures/anonymise/planted-case.journey.json', 'utf8'),
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.project;
};
const original = read();
const NOW = '2026-12-07T20:10:00.000Z';
const IDENTIFIERS = [
  'Kelly',
  'Hughes',
  'Kez',
  'Sarah Whitfield',
  'Tracey',
  'DE23 8LF',
  '07700 900461',
  'CR/448210/19',
  '558 073 0217',
  '1988-02-14',
  'Osmaston Road',
  'k.hughes88@example.co.uk',
];

const startDays = (project: ProjectFile) =>
  project.contacts.map((c) => toDayNumber(c.start)).sort((a, b) => a - b);
const intervals = (days: number[]) => days.slice(1).map((d, i) => d - days[i]);

describe('anonymising a project', () => {
  it('gives a new copy and never changes the original', () => {
    const before = structuredClone(original);
    const { project } = anonymiseProject(original, { seed: 7, now: NOW });
    expect(original).toEqual(before);
    expect(project).not.toBe(original);
    expect(project.anonymised).toBe(true);
    expect(project.cases[0].id).not.toBe(original.cases[0].id);
    expect(restoreProjectFile(JSON.parse(serialiseProjectFile(project))).ok).toBe(true);
  });

  it('replaces the case details: pseudonym, known names, designated lead, date of birth as an age band', () => {
    const [c] = anonymiseProject(original, { seed: 7, now: NOW }).project.cases;
    expect(c.pseudonym).toMatch(/^Person [A-Z2-9]{4}$/);
    expect(c).toMatchObject({
      knownNames: [],
      designatedLead: 'Designated lead',
      dateOfBirth: null,
      ageBand: '25-34',
    });
  });

  it('leaves no planted identifier anywhere in the file, and the report quotes none', () => {
    const { project, report } = anonymiseProject(original, { seed: 7, now: NOW });
    const file = serialiseProjectFile(project);
    const text = reportText(report);
    for (const identifier of IDENTIFIERS) {
      expect(file, identifier).not.toContain(identifier);
      expect(text, identifier).not.toContain(identifier);
    }
    expect(report.replaced.find((r) => r.kind === 'name')?.count).toBeGreaterThan(3);
    expect(report.places.every((p) => p.case === project.cases[0].pseudonym)).toBe(true);
    expect(report.checkByHand.some((line) => line.includes('mention relatives'))).toBe(true);
  });

  it("treats the case's own name as a known name: a sheet's Case column often brings in the real name", () => {
    const named = {
      ...original,
      cases: [
        {
          ...original.cases[0],
          pseudonym: 'Terence Blackwood',
          knownNames: [],
          notes: 'Real first name Terence; the BLACKWOOD family is known to police.',
        },
      ],
    };
    named.contacts = named.contacts.map((c, i) =>
      i === 0 ? { ...c, description: 'real first name Terence, seen with his brother' } : c,
    );
    const file = serialiseProjectFile(anonymiseProject(named, { seed: 3, now: NOW }).project);
    expect(file).not.toMatch(/Terence|Blackwood/i);
    expect(file).toContain('real first name [NAME], seen with his brother');
  });

  it('finds a numbered pseudonym only whole: its number and ordinary words stay in the text', () => {
    const numbered = {
      ...original,
      cases: [
        {
          ...original.cases[0],
          pseudonym: 'Case 12',
          knownNames: [],
          notes: 'Case reviewed 12 times; Case 12 closed.',
        },
      ],
    };
    expect(anonymiseProject(numbered, { seed: 3, now: NOW }).project.cases[0].notes).toBe(
      'Case reviewed 12 times; [NAME] closed.',
    );
  });

  it("moves outcome scores with the person's other dates, and scans their notes", () => {
    const scored: ProjectFile = {
      ...original,
      outcomes: [
        {
          id: 'o1',
          caseId: original.cases[0].id,
          measureId: 'ndt-assessment',
          date: '2019-03-01',
          total: 31,
          itemScores: {},
          note: 'Scored with Kelly at the hostel',
        },
      ],
    };
    const { project } = anonymiseProject(scored, { seed: 5, now: NOW });
    const offset = startDays(project)[0] - startDays(scored)[0];
    expect(project.outcomes).toHaveLength(1);
    expect(toDayNumber(project.outcomes?.[0].date as string) - toDayNumber('2019-03-01')).toBe(offset);
    expect(project.outcomes?.[0]).toMatchObject({ caseId: project.cases[0].id, total: 31 });
    expect(serialiseProjectFile(project)).not.toMatch(/Kelly|2019-03-01|"o1"/);
  });

  it('keeps every interval between contacts, and moves every date by the same whole number of weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), (seed) => {
        const { project } = anonymiseProject(original, { seed, now: NOW });
        expect(intervals(startDays(project))).toEqual(intervals(startDays(original)));
        const offset = startDays(project)[0] - startDays(original)[0];
        expect(Math.abs(offset) % 7).toBe(0);
        expect(Math.abs(offset)).toBeGreaterThanOrEqual(91);
        const shift = (a: string, b: string) => toDayNumber(a) - toDayNumber(b);
        expect(
          shift(project.cases[0].interventionDate as string, original.cases[0].interventionDate as string),
        ).toBe(offset);
        expect(shift(project.lifeEvents[0].date, original.lifeEvents[0].date)).toBe(offset);
        project.contacts.forEach((c) => {
          const from = original.contacts.find(
            (o) =>
              o.contactType === c.contactType &&
              o.quantity === c.quantity &&
              shift(c.start, o.start) === offset,
          );
          expect(from).toBeDefined();
          if (c.end !== null && from !== undefined && from.end !== null)
            expect(shift(c.end, from.end)).toBe(offset);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same output for the same seed and a different offset for different seeds', () => {
    expect(serialiseProjectFile(anonymiseProject(original, { seed: 42, now: NOW }).project)).toBe(
      serialiseProjectFile(anonymiseProject(original, { seed: 42, now: NOW }).project),
    );
    const offsets = new Set(
      [1, 2, 3, 4, 5].map((seed) => startDays(anonymiseProject(original, { seed, now: NOW }).project)[0]),
    );
    expect(offsets.size).toBe(5);
  });

  it('keeps the total at the price base; totals by financial year follow the shifted dates', () => {
    const cost = (project: ProjectFile) =>
      costReport({
        ...project,
        basis: { priceBase: '2024/25', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
      }).cases[0];
    const { project } = anonymiseProject(original, { seed: 9, now: NOW });
    expect(cost(project).total).toBe(cost(original).total);
    const sum = (byYear: Record<string, number>) => Object.values(byYear).reduce((a, b) => a + b, 0);
    expect(sum(cost(project).byFinancialYear)).toBeCloseTo(cost(original).total, 2);
  });

  it('reads a stored case written before age bands existed', () => {
    const old = Case.parse({ ...original.cases[0] });
    delete old.ageBand;
    expect(Case.parse(old).ageBand).toBeUndefined();
    expect(
      anonymiseProject({ ...original, cases: [{ ...old, dateOfBirth: null }] }, { seed: 1, now: NOW }).project
        .cases[0].ageBand,
    ).toBeNull();
  });
});

describe('anonymising approximate dates', () => {
  it('shifts each period by the case offset and keeps its precision: a month stays a month, a year a year', () => {
    const [first, second, third] = original.contacts;
    const project: ProjectFile = {
      ...original,
      contacts: [
        { ...first, start: '2018-10', end: null },
        { ...second, start: '2016~', end: null },
        { ...third, start: '2019-10/2019-12', end: null },
        ...original.contacts.slice(3),
      ],
      lifeEvents: original.lifeEvents.map((e, i) => (i === 0 ? { ...e, date: '2017-35' } : e)),
    };
    const { project: copy } = anonymiseProject(project, { seed: 7, now: NOW });
    // The case offset, from the exact contacts: each moved by the same whole days.
    const exactDays = (p: ProjectFile) =>
      p.contacts
        .filter((c) => isExactDate(c.start))
        .map((c) => toDayNumber(c.start))
        .sort((a, b) => a - b);
    const offsets = new Set(exactDays(copy).map((day, i) => Math.round(day - exactDays(project)[i])));
    expect(offsets.size).toBe(1);
    const [offset] = offsets;
    const approximate = copy.contacts
      .filter((c) => !isExactDate(c.start))
      .map((c) => c.start)
      .sort();
    expect(approximate).toEqual(
      ['2018-10', '2016~', '2019-10/2019-12'].map((d) => shiftApproximateDate(d, offset)).sort(),
    );
    expect(approximate.map(precisionOf).sort()).toEqual(['month', 'range', 'year']);
    expect(approximate).not.toContain('2018-10');
    const event = copy.lifeEvents.find((e) => !isExactDate(e.date));
    expect(event?.date).toBe(shiftApproximateDate('2017-35', offset));
    expect(restoreProjectFile(JSON.parse(serialiseProjectFile(copy))).ok).toBe(true);
  });
});
