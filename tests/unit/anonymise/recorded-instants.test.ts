import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { anonymiseProject } from '../../../shared/anonymise/anonymise-project';
import { reportText } from '../../../shared/anonymise/anonymisation-report';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { journeyCsv } from '../../../shared/exports/journey-csv';
import { journeyWorkbookBytes } from '../../../shared/exports/journey-workbook';
import {
  parseProjectFileText,
  ProjectFileV1,
  serialiseProjectFile,
  type ProjectFile,
} from '../../../shared/project/project-file';
import { datesInCsv, datesInJson, datesInText, datesInWorkbook, type DatedValue } from './dated-values';

const library = (() => {
  const read = parseProjectFileText(
    readFileSync('tests/fixtures/anonymise/planted-case.journey.json', 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.project;
})();

const MS_PER_DAY = 86_400_000;
/**
 * Everything in a generated original lies before 2024, so no value in it can be a whole offset
 * (at most 156 weeks) away from the time of anonymisation: a hit below is a leak, not chance.
 */
const FIRST_DAY = Date.UTC(2008, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(2023, 11, 1) / MS_PER_DAY;
const isoDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

const instant = fc
  .integer({ min: FIRST_DAY * MS_PER_DAY, max: LAST_DAY * MS_PER_DAY })
  .map((ms) => new Date(ms).toISOString());
const time = fc.option(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `T${pad(h)}:${pad(m)}`),
  { nil: '' },
);
const text = fc.constantFrom(
  '',
  'Seen at the drop-in; no follow-up.',
  'Discharged with no referral.',
  'Arrested and bailed.',
  'Placed in B&B.',
);

const contact = fc.record({
  startDay: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 40 }),
  startTime: time,
  length: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  agency: fc.constantFrom(...library.agencies.map((a) => a.id)),
  unitCost: fc.option(fc.constantFrom(...library.unitCosts.map((u) => u.id)), { nil: null }),
  quantity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  outcome: text,
  description: text,
  missed: fc.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

const journey = fc.record({
  pseudonym: fc.constantFrom('Case A', 'Sample B', 'Person C'),
  dateOfBirth: fc.option(
    fc.integer({ min: Date.UTC(1950, 0, 1) / MS_PER_DAY, max: Date.UTC(2004, 0, 1) / MS_PER_DAY }),
    { nil: null },
  ),
  interventionDay: fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { nil: null }),
  lifeEventDays: fc.array(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { maxLength: 2 }),
  contacts: fc.array(contact, { minLength: 1, maxLength: 6 }),
  createdAt: instant,
  updatedAt: instant,
});

type JourneyValue = typeof journey extends fc.Arbitrary<infer T> ? T : never;

function projectOf(journeys: Array<JourneyValue>, exportedAt: string): ProjectFile {
  return ProjectFileV1.parse({
    type: 'journey-mapper/project',
    version: 1,
    source: 'Journey Mapper',
    exportedAt,
    cases: journeys.map((j, i) => ({
      id: `case-${i}`,
      pseudonym: `${j.pseudonym}${i}`,
      designatedLead: 'Lead',
      dateOfBirth: j.dateOfBirth === null ? null : isoDay(j.dateOfBirth),
      interventionDate: j.interventionDay === null ? null : isoDay(j.interventionDay),
      createdAt: j.createdAt,
      updatedAt: j.updatedAt,
    })),
    contacts: journeys.flatMap((j, i) =>
      j.contacts.map((c, k) => ({
        id: `contact-${i}-${k}`,
        caseId: `case-${i}`,
        agencyId: c.agency,
        contactType: 'Contact',
        unitCostId: c.unitCost,
        quantity: c.quantity,
        start: `${isoDay(c.startDay)}${c.startTime}`,
        end: c.length === null ? null : `${isoDay(c.startDay + c.length)}${c.startTime}`,
        outcome: c.outcome,
        description: c.description,
        missedOpportunity: c.missed ? { category: 'No referral made', note: c.description } : null,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      })),
    ),
    lifeEvents: journeys.flatMap((j, i) =>
      j.lifeEventDays.map((d, k) => ({
        id: `life-${i}-${k}`,
        caseId: `case-${i}`,
        date: isoDay(d),
        kind: 'eviction',
      })),
    ),
    agencies: library.agencies,
    unitCosts: library.unitCosts,
    missedOpportunityCategories: library.missedOpportunityCategories,
  });
}

/** Every dated value the project file, the costed workbook and the CSV hold. */
function datesInExports(project: ProjectFile, producedAt: string): DatedValue[] {
  const input = {
    project,
    basis: { priceBase: '2024/25', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
    producedAt,
  };
  return [
    ...datesInJson(JSON.parse(serialiseProjectFile(project))),
    ...datesInWorkbook(journeyWorkbookBytes(input)),
    ...datesInCsv(journeyCsv(input)),
  ];
}

/** Where the journey's own dates are written: these, and only these, move by the offset. */
// The integrated chronology's gap rows state journey dates in What happened; its descriptions are Journey!Description's, checked there.
const JOURNEY_DATE =
  /^(?:project:(?:cases\.\d+\.interventionDate|contacts\.\d+\.(?:start|end)|lifeEvents\.\d+\.date)|workbook:Journey!(?:Date|End date|Earliest|Latest)|workbook:Missed opportunities!Date|workbook:Integrated chronology!(?:Date|What happened)|csv:(?:Date|End date|Earliest|Latest))$/;

const firstDay = (project: ProjectFile, caseId: string) =>
  Math.min(
    ...project.contacts
      .filter((c) => c.caseId === caseId)
      .map((c) => Date.parse(c.start.slice(0, 10)) / MS_PER_DAY),
  );

describe('an anonymised copy keeps its date shift secret', () => {
  it('holds no value a case offset away from a value of the original except the journey dates, and every instant the app recorded is the time of anonymisation', () => {
    fc.assert(
      fc.property(
        fc.array(journey, { minLength: 1, maxLength: 3 }),
        instant,
        fc.integer(),
        (journeys, exportedAt, seed) => {
          const original = projectOf(journeys, exportedAt);
          const now = new Date().toISOString();
          const { project: copy, report } = anonymiseProject(original, { seed, now });
          const offsets = new Set(
            original.cases.map((c, i) => firstDay(copy, copy.cases[i].id) - firstDay(original, c.id)),
          );

          const before = datesInExports(original, exportedAt);
          const after = datesInExports(copy, now);
          const leaks = after
            .filter((v) => !JOURNEY_DATE.test(v.where))
            .flatMap((v) =>
              before
                .filter((o) => offsets.has(v.day - o.day))
                .map((o) => `${v.where} ${v.text} is ${v.day - o.day} days from ${o.where} ${o.text}`),
            );
          expect(leaks).toEqual([]);

          const instants = after.filter((v) => v.instant);
          expect(instants.length).toBeGreaterThan(0);
          for (const v of instants) {
            expect(v.text, v.where).toBe(now);
            expect(Date.parse(v.text), v.where).toBeLessThanOrEqual(Date.now());
          }

          const shiftedJourneyDays = new Set(
            after.filter((v) => JOURNEY_DATE.test(v.where)).map((v) => v.day),
          );
          for (const v of datesInText('report', reportText(report)))
            expect(shiftedJourneyDays.has(v.day), `report date ${v.text}`).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('stamps every instant field the model has, in every kind of record, with the time of anonymisation', () => {
    const tables = Object.entries(ProjectFileV1.shape).flatMap(([table, schema]) => {
      const element = unwrapped(schema).def;
      return element.type === 'array' && element.element !== undefined
        ? [{ table, paths: instantPaths(element.element) }]
        : [];
    });
    expect(tables.find((t) => t.table === 'cases')?.paths).toEqual(
      expect.arrayContaining([['createdAt'], ['updatedAt']]),
    );
    expect(tables.find((t) => t.table === 'contacts')?.paths).toEqual(
      expect.arrayContaining([['createdAt'], ['updatedAt']]),
    );

    const EARLIER = '2020-01-06T09:00:00.000Z';
    const original = structuredClone(library);
    for (const { table, paths } of tables)
      for (const row of (original[table as keyof ProjectFile] ?? []) as unknown as Array<
        Record<string, unknown>
      >)
        for (const path of paths) setAt(row, path, EARLIER);
    const now = '2026-12-07T20:00:00.000Z';
    const { project: copy } = anonymiseProject(original, { seed: 11, now });
    expect(copy.exportedAt).toBe(now);
    for (const { table, paths } of tables) {
      // A nested field is absent only where its record has no such part (a contact with no missed opportunity).
      // Optional tables (outcome scores, chronology returns) may be absent: an anonymised copy carries no returns.
      for (const row of (copy[table as keyof ProjectFile] ?? []) as unknown as Array<Record<string, unknown>>)
        for (const path of paths)
          expect([undefined, now], `${table}.${path.join('.')}`).toContain(getAt(row, path));
    }
  });
});

type Def = {
  type: string;
  format?: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
};
/** A schema without its optional, nullable and default wrappers, by what zod says it is. */
function unwrapped(schema: z.core.$ZodType): { def: Def } {
  const def = schema._zod.def as unknown as Def;
  return def.innerType === undefined ? { def } : unwrapped(def.innerType);
}
/** The key paths of every ISO instant (datetime) field in an object schema, nested objects included. */
function instantPaths(schema: z.core.$ZodType, at: string[] = []): string[][] {
  const { def } = unwrapped(schema);
  if (def.type === 'string' && def.format === 'datetime') return [at];
  if (def.type !== 'object' || def.shape === undefined) return [];
  return Object.entries(def.shape).flatMap(([key, field]) => instantPaths(field, [...at, key]));
}
function getAt(row: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    row,
  );
}
function setAt(row: Record<string, unknown>, path: string[], value: string): void {
  const parent = getAt(row, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object')
    (parent as Record<string, unknown>)[path[path.length - 1]] = value;
}
