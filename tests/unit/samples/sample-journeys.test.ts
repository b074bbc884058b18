import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import {
  restoreProjectFile,
  serialiseProjectFile,
  type ProjectFile,
} from '../../../shared/project/project-file';
import { DEFAULT_MISSED_OPPORTUNITY_CATEGORIES, LIFE_EVENT_KINDS, toDayNumber } from '../../../shared/model';
import { SAMPLE_JOURNEY_SOURCES, sampleJourneyPath } from '../../../samples/journeys/all-samples';
import { JourneyBuilder } from '../../../samples/journeys/journey-builder';
import { sampleProject } from '../../../samples/journeys/sample-project';
import { SAMPLE_ONLY_UNIT_COSTS } from '../../../samples/journeys/sample-unit-costs';
import { SAMPLE_JOURNEYS, sampleById } from '../../../renderer/training/sample-journeys';

/** Each sample's total at 2023/24 prices, to the penny: a change to a journey or to the costing shows here. */
const PINNED_TOTALS_PENCE: Record<string, number> = {
  matthew: 5_999_348,
  'woman-w': 6_228_432,
  'family-f': 19_682_546,
  'offender-o': 10_090_203,
};

// What real identifiers look like; none may appear anywhere in a sample.
const IDENTIFIERS: Array<[string, RegExp]> = [
  ['a UK postcode', /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i],
  ['a phone number', /(?:\+44|\b0)\s?\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/],
  ['an email address', /[\w.+-]+@[\w-]+\.[\w.]+/],
  ['an NHS number', /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/],
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function total(project: ProjectFile): number {
  return journeyTotals({
    ...project,
    basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
  }).totalPence;
}

describe.each(SAMPLE_JOURNEY_SOURCES)('the $id sample', ({ id, build }) => {
  const text = readFileSync(sampleJourneyPath(id), 'utf8');
  const read = restoreProjectFile(JSON.parse(text));
  if (!read.ok) throw new Error(`${id}: ${read.errors.join('\n')}`);
  const project = read.project;
  const contacts = project.contacts;

  it('is exactly what make-sample-journeys writes from its source', () => {
    expect(text).toBe(serialiseProjectFile(sampleProject(build())));
  });

  it('is one case under a pseudonym, with a role as its designated lead', () => {
    expect(project.cases).toHaveLength(1);
    expect(project.anonymised).toBe(true);
    expect(project.cases[0].designatedLead).toMatch(/^[A-Z][\w -]+ (navigator|lead|worker|manager)$/);
    expect(project.cases[0].notes).toContain('nobody real');
  });

  it('has 60 to 300 contacts across six or more agencies, with links and life events', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(60);
    expect(contacts.length).toBeLessThanOrEqual(300);
    expect(new Set(contacts.map((c) => c.agencyId)).size).toBeGreaterThanOrEqual(6);
    expect(project.links.length).toBeGreaterThanOrEqual(4);
    expect(new Set(project.links.map((l) => l.kind)).size).toBeGreaterThanOrEqual(3);
    const kinds: readonly string[] = LIFE_EVENT_KINDS;
    expect(project.lifeEvents.length).toBeGreaterThanOrEqual(4);
    expect(project.lifeEvents.every((e) => kinds.includes(e.kind) && e.note !== '')).toBe(true);
  });

  it('flags five or more missed opportunities, each in a default category with a note and what should have happened', () => {
    const missed = contacts.flatMap((c) => (c.missedOpportunity === null ? [] : [c.missedOpportunity]));
    expect(missed.length).toBeGreaterThanOrEqual(5);
    const categories: readonly string[] = DEFAULT_MISSED_OPPORTUNITY_CATEGORIES;
    for (const m of missed) {
      expect(categories).toContain(m.category);
      expect(m.note.length).toBeGreaterThan(40);
      expect(m.shouldHaveHappened.length).toBeGreaterThan(20);
    }
    expect(new Set(missed.map((m) => m.category)).size).toBeGreaterThanOrEqual(5);
  });

  it("costs most contacts by the library entries' own names, from the default library or a cited source", () => {
    const library = new Map(
      [...DEFAULT_UNIT_COST_LIBRARY.unitCosts, ...SAMPLE_ONLY_UNIT_COSTS].map((u) => [u.id, u]),
    );
    const costed = contacts.filter((c) => c.unitCostId !== null);
    expect(costed.every((c) => library.get(c.unitCostId!)?.name === c.contactType)).toBe(true);
    expect(costed.length / contacts.length).toBeGreaterThan(0.6);
    expect(project.unitCosts).toEqual(project.unitCosts.map((u) => library.get(u.id)));
    const defaults = new Set(DEFAULT_UNIT_COST_LIBRARY.unitCosts.map((u) => u.id));
    const sampleOnly = project.unitCosts.filter((u) => !defaults.has(u.id));
    expect(
      sampleOnly.every((u) =>
        /^(GMCA \/ New Economy Unit Cost Database v1\.4|Safe Space impact and value review)/.test(u.source),
      ),
    ).toBe(true);
    expect(contacts.every((c) => c.costOverride === null)).toBe(true);
  });

  it('holds nothing that looks like a real identifier', () => {
    const values = strings(project);
    for (const [what, pattern] of IDENTIFIERS)
      expect(
        values.filter((v) => pattern.test(v)),
        what,
      ).toEqual([]);
  });

  it('costs its pinned total at 2023/24 prices', () => {
    expect(total(project)).toBe(PINNED_TOTALS_PENCE[id]);
  });
});

describe('the samples', () => {
  it('are the four journeys, pinned', () => {
    expect(SAMPLE_JOURNEY_SOURCES.map((s) => s.id)).toEqual(Object.keys(PINNED_TOTALS_PENCE));
  });

  it('run Matthew from the age of ten to twenty-five', () => {
    const project = sampleProject(SAMPLE_JOURNEY_SOURCES[0].build());
    const born = toDayNumber(project.cases[0].dateOfBirth!);
    const ages = project.contacts.map((c) => (toDayNumber(c.start) - born) / 365.25);
    expect(Math.floor(Math.min(...ages))).toBe(10);
    expect(Math.floor(Math.max(...ages))).toBe(25);
  });

  it('cost the family about £200,000 over no more than two years', () => {
    const project = sampleProject(SAMPLE_JOURNEY_SOURCES.find((s) => s.id === 'family-f')!.build());
    expect(total(project)).toBeGreaterThanOrEqual(17_000_000);
    expect(total(project)).toBeLessThanOrEqual(23_000_000);
    const first = Math.min(...project.contacts.map((c) => toDayNumber(c.start)));
    const last = Math.max(...project.contacts.map((c) => toDayNumber(c.end ?? c.start)));
    expect(last - first).toBeLessThanOrEqual(731);
  });

  it('catch a date that is not real, naming the journey', () => {
    const builder = new JourneyBuilder({
      id: 'x',
      pseudonym: 'Test journey',
      designatedLead: 'Lead worker',
      riskGrade: 'low',
      status: 'open',
      notes: '',
    });
    expect(() => builder.add('31/02/2019', 'arrest')).toThrow(/Test journey/);
    expect(() => builder.add('03/02/2019', 'hostel', { end: '01/02/2019' })).toThrow(
      'Test journey: the contact of 03/02/2019 ends (01/02/2019) before it starts',
    );
  });
});

describe("the trainer's notes", () => {
  const DATED = /^(\d{2})\/(\d{2})\/(\d{4}): /;

  it.each(SAMPLE_JOURNEY_SOURCES)(
    'of $id name flagged contacts as flagged and the ones to find as not flagged',
    ({ id, build }) => {
      const sample = sampleById(id);
      if (sample === undefined) throw new Error(`${id} is not registered as a sample`);
      const { contacts, agencies } = sampleProject(build());
      const onDay = (item: string) => {
        const [, d, m, y] = DATED.exec(item) ?? [];
        return contacts.filter((c) => c.start.startsWith(`${y}-${m}-${d}`));
      };
      for (const item of sample.trainerNote.flagged)
        expect(
          onDay(item).some((c) => c.missedOpportunity !== null),
          item,
        ).toBe(true);
      for (const item of sample.trainerNote.toFind)
        expect(
          onDay(item).some((c) => c.missedOpportunity === null),
          item,
        ).toBe(true);
      expect(sample.trainerNote.flagged).toHaveLength(
        contacts.filter((c) => c.missedOpportunity !== null).length,
      );
      expect(sample.trainerNote.toFind.length).toBeGreaterThanOrEqual(3);
      expect(
        [...sample.trainerNote.flagged, ...sample.trainerNote.toFind].filter((item) => !DATED.test(item)),
      ).toEqual([]);
      expect(sample.summary).toContain(`${contacts.length} contacts, ${agencies.length} agencies`);
    },
  );

  it('open with Matthew, and keep every sample registered before', () => {
    expect(SAMPLE_JOURNEYS[0].id).toBe('matthew');
    expect(SAMPLE_JOURNEYS.map((s) => s.id)).toEqual(expect.arrayContaining(['costing-demo', 'cohort-30']));
    expect(SAMPLE_JOURNEYS.every((s) => s.trainerNote.lookFor.length > 80)).toBe(true);
  });
});
