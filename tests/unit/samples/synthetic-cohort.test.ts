import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costReport } from '../../../shared/costing/cost-report';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import {
  parseProjectFileText,
  serialiseProjectFile,
  type ProjectFile,
} from '../../../shared/project/project-file';
import {
  Contact,
  DEFAULT_MISSED_OPPORTUNITY_CATEGORIES,
  hasTime,
  LIFE_EVENT_KINDS,
} from '../../../shared/model';
import { cohortFilePieces } from '../../../samples/generator/project-file-stream';
import {
  generateCohort,
  generateContacts,
  type CohortOptions,
} from '../../../samples/generator/synthetic-cohort';

const COHORT_30: CohortOptions = { seed: 30, cases: 30, contactsPerCase: [60, 300] };
const COHORT_30_FILE = 'samples/projects/cohort-30.journey.json';
const small: CohortOptions = { seed: 4, cases: 6, contactsPerCase: [60, 120] };
const cohort30 = generateCohort(COHORT_30);

function byCase<T extends { caseId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.caseId, [...(groups.get(row.caseId) ?? []), row]);
  return groups;
}

function average(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('synthetic cohort', () => {
  it('is a pure function of its options', () => {
    expect(serialiseProjectFile(generateCohort(small))).toBe(serialiseProjectFile(generateCohort(small)));
    expect(serialiseProjectFile(generateCohort({ ...small, seed: 5 }))).not.toBe(
      serialiseProjectFile(generateCohort(small)),
    );
  });

  it('reads back as a valid project file, exactly as generated', () => {
    const read = parseProjectFileText(serialiseProjectFile(cohort30));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.project).toEqual(cohort30);
    expect(cohort30.anonymised).toBe(true);
  });

  it('gives each case its share of contacts and a varied record', () => {
    expect(cohort30.cases).toHaveLength(30);
    const contacts = byCase(cohort30.contacts);
    for (const c of cohort30.cases) expect(contacts.get(c.id)?.length).toBeGreaterThanOrEqual(60);
    for (const c of cohort30.cases) expect(contacts.get(c.id)?.length).toBeLessThanOrEqual(300);
    expect(cohort30.cases.map((c) => c.pseudonym).slice(0, 2)).toEqual([
      'Cohort person 001',
      'Cohort person 002',
    ]);
    expect(new Set(cohort30.cases.map((c) => c.riskGrade)).size).toBeGreaterThanOrEqual(4);
    expect(
      cohort30.cases.every((c) => /^[A-Za-z ]+ [A-F]$/.test(c.designatedLead) && c.knownNames.length === 0),
    ).toBe(true);

    const total = generateCohort({ seed: 9, cases: 7, totalContacts: 1_001 });
    expect(total.contacts).toHaveLength(1_001);
    expect(new Set(total.contacts.map((c) => c.caseId)).size).toBe(7);
  });

  it('sends every case to at least four agencies, six or more on average', () => {
    const agencies = [...byCase(cohort30.contacts).values()].map(
      (rows) => new Set(rows.map((c) => c.agencyId)).size,
    );
    expect(Math.min(...agencies)).toBeGreaterThanOrEqual(4);
    expect(average(agencies)).toBeGreaterThanOrEqual(6);
  });

  it('flags missed opportunities in the default categories, and draws links and life events', () => {
    const missed = cohort30.contacts.filter((c) => c.missedOpportunity !== null);
    expect(missed.length / cohort30.cases.length).toBeGreaterThanOrEqual(3);
    const categories: readonly string[] = DEFAULT_MISSED_OPPORTUNITY_CATEGORIES;
    expect(
      missed.every(
        (c) => categories.includes(c.missedOpportunity!.category) && c.missedOpportunity!.note !== '',
      ),
    ).toBe(true);
    expect(new Set(missed.map((c) => c.missedOpportunity!.category)).size).toBe(categories.length);
    expect(new Set(cohort30.links.map((l) => l.kind))).toEqual(
      new Set(['referral', 'handover', 'escalation', 'no follow-up']),
    );
    expect(byCase(cohort30.lifeEvents).size).toBe(30);
    const kinds: readonly string[] = LIFE_EVENT_KINDS;
    expect(cohort30.lifeEvents.every((e) => kinds.includes(e.kind))).toBe(true);
  });

  it('costs contacts against the default library by its own names, leaving some uncosted', () => {
    const library = new Map(DEFAULT_UNIT_COST_LIBRARY.unitCosts.map((u) => [u.id, u]));
    const costed = cohort30.contacts.filter((c) => c.unitCostId !== null);
    expect(costed.every((c) => library.get(c.unitCostId!)?.name === c.contactType)).toBe(true);
    expect(costed.length / cohort30.contacts.length).toBeGreaterThan(0.5);
    expect(costed.length).toBeLessThan(cohort30.contacts.length);
    expect(cohort30.unitCosts.map((u) => u.id)).toEqual(
      DEFAULT_UNIT_COST_LIBRARY.unitCosts
        .filter((u) => costed.some((c) => c.unitCostId === u.id))
        .map((u) => u.id),
    );
  });

  it('times emergency contacts, mostly at night, and dates the end of every stay', () => {
    const emergency = cohort30.contacts.filter((c) =>
      ['agency-police', 'agency-ambulance', 'agency-a-and-e'].includes(c.agencyId),
    );
    expect(emergency.every((c) => hasTime(c.start))).toBe(true);
    const hour = (c: Contact) => Number(c.start.slice(11, 13));
    expect(emergency.filter((c) => hour(c) >= 18 || hour(c) < 6).length / emergency.length).toBeGreaterThan(
      0.5,
    );
    const stays = [
      'B&B night',
      'Custody served in prison (adult)',
      'Hospital admission, non-elective (per episode)',
      'Hostel temporary accommodation',
    ];
    const stayContacts = cohort30.contacts.filter((c) => stays.includes(c.contactType));
    expect(new Set(stayContacts.map((c) => c.contactType)).size).toBe(stays.length);
    expect(stayContacts.every((c) => c.end !== null && c.end.slice(0, 10) > c.start.slice(0, 10))).toBe(true);
  });

  it('streams 100,000 valid contacts in chunks', () => {
    const ids = new Set<string>();
    let chunks = 0;
    for (const chunk of generateContacts({ seed: 100, cases: 500, totalContacts: 100_000 }, 8_192)) {
      chunks++;
      for (const contact of chunk) {
        expect(Contact.safeParse(contact).success).toBe(true);
        ids.add(contact.id);
      }
    }
    expect(ids.size).toBe(100_000);
    expect(chunks).toBe(Math.ceil(100_000 / 8_192));
  }, 120_000);

  it('streams the same text serialiseProjectFile writes', () => {
    expect([...cohortFilePieces(small)].join('')).toBe(serialiseProjectFile(generateCohort(small)));
    const sized: CohortOptions = { seed: 3, cases: 2, totalContacts: 2_500 };
    expect([...cohortFilePieces(sized)].join('')).toBe(serialiseProjectFile(generateCohort(sized)));
  });
});

describe('the shipped cohort-30 sample', () => {
  const text = readFileSync(COHORT_30_FILE, 'utf8');

  it('is what the generator makes for seed 30, so it cannot drift', () => {
    expect(text).toBe(serialiseProjectFile(cohort30));
  });

  it('costs a pinned total at 2023/24 prices', () => {
    const project = JSON.parse(text) as ProjectFile;
    const report = costReport({
      ...project,
      basis: { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
    });
    expect({
      cases: project.cases.length,
      contacts: project.contacts.length,
      agencies: project.agencies.length,
    }).toEqual({ cases: 30, contacts: 5352, agencies: 12 });
    expect(report.total).toBe(2698240.29);
  });
});
