import { describe, expect, it } from 'vitest';
import { Agency, Case, Contact, LifeEvent, Link, UnitCost } from '../../../shared/model';

const now = '2024-05-01T10:00:00.000Z';
const contact = {
  id: 'c1',
  caseId: 'case1',
  agencyId: 'police',
  contactType: 'Arrest',
  start: '2019-02-03T23:10',
  createdAt: now,
  updatedAt: now,
};

describe('Case', () => {
  it('accepts a minimal case and fills the defaults', () => {
    const parsed = Case.parse({ id: 'k', pseudonym: 'Matthew', createdAt: now, updatedAt: now });
    expect(parsed).toMatchObject({
      status: 'open',
      riskGrade: 'not graded',
      designatedLead: '',
      knownNames: [],
      dateOfBirth: null,
    });
  });
  it.each([
    [{ pseudonym: '   ' }, 'pseudonym'],
    [{ status: 'archived' }, 'status'],
    [{ riskGrade: 'extreme' }, 'riskGrade'],
    [{ dateOfBirth: '1999-02-30' }, 'dateOfBirth'],
    [{ createdAt: 'yesterday' }, 'createdAt'],
  ])('rejects %o at %s', (override, path) => {
    const result = Case.safeParse({
      id: 'k',
      pseudonym: 'Matthew',
      createdAt: now,
      updatedAt: now,
      ...override,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([path]);
  });
});

describe('Contact', () => {
  it('accepts a contact with a missed opportunity and defaults the rest', () => {
    const parsed = Contact.parse({ ...contact, missedOpportunity: { category: 'No referral made' } });
    expect(parsed.missedOpportunity).toEqual({
      category: 'No referral made',
      note: '',
      shouldHaveHappened: '',
    });
    expect(parsed).toMatchObject({
      end: null,
      quantity: null,
      unitCostId: null,
      costOverride: null,
      outcome: '',
    });
  });
  it.each([
    [{ start: '03/02/2019' }, 'start'],
    [{ start: '2019-02-29' }, 'start'],
    [{ start: '2019-02-03T24:00' }, 'start'],
    [{ end: '2019-02-01' }, 'end'],
    [{ contactType: '' }, 'contactType'],
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: Number.POSITIVE_INFINITY }, 'quantity'],
    [{ missedOpportunity: { category: '' } }, 'missedOpportunity'],
    [{ costOverride: { amountPence: 1200, reason: ' ' } }, 'costOverride'],
    [{ costOverride: { amountPence: 12.5, reason: 'invoice' } }, 'costOverride'],
  ])('rejects %o at %s', (override, path) => {
    const result = Contact.safeParse({ ...contact, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(path);
  });
});

describe('Agency, Link, LifeEvent, UnitCost', () => {
  it('accepts valid rows', () => {
    expect(
      Agency.parse({ id: 'a', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0 }).hidden,
    ).toBe(false);
    expect(
      Link.parse({ id: 'l', caseId: 'k', fromContactId: 'a', toContactId: 'b', kind: 'referral' }).label,
    ).toBe('');
    expect(LifeEvent.parse({ id: 'e', caseId: 'k', date: '2010-06-01', kind: 'abuse disclosed' }).note).toBe(
      '',
    );
    const cost = UnitCost.parse({
      id: 'u',
      name: 'A&E attendance',
      costBearer: 'NHS acute trust',
      unit: 'contact',
      amountPence: 30000,
      priceYear: 'unknown',
      source: 'Safe Space review',
      confidence: 3,
    });
    expect(cost.retired).toBe(false);
  });
  it('rejects invalid rows with the failing field named', () => {
    expect(
      Agency.safeParse({ id: 'a', name: 'Police', sector: 'Cheese', colour: '#0072B2', laneOrder: 0 }).error
        ?.issues[0].path,
    ).toEqual(['sector']);
    expect(
      Agency.safeParse({ id: 'a', name: 'Police', sector: 'Police', colour: 'blue', laneOrder: 0 }).error
        ?.issues[0].path,
    ).toEqual(['colour']);
    expect(
      Link.safeParse({ id: 'l', caseId: 'k', fromContactId: 'a', toContactId: 'a', kind: 'referral' }).error
        ?.issues[0].path,
    ).toEqual(['toContactId']);
    expect(
      Link.safeParse({ id: 'l', caseId: 'k', fromContactId: 'a', toContactId: 'b', kind: 'telepathy' }).error
        ?.issues[0].path,
    ).toEqual(['kind']);
    expect(
      LifeEvent.safeParse({ id: 'e', caseId: 'k', date: '2010-13-01', kind: 'x' }).error?.issues[0].path,
    ).toEqual(['date']);
    const base = {
      id: 'u',
      name: 'x',
      costBearer: 'Police',
      unit: 'contact',
      amountPence: 100,
      priceYear: '2019/20',
      source: 's',
      confidence: 3,
    };
    expect(UnitCost.safeParse({ ...base, priceYear: '2019/21' }).error?.issues[0].path).toEqual([
      'priceYear',
    ]);
    expect(UnitCost.safeParse({ ...base, confidence: 6 }).error?.issues[0].path).toEqual(['confidence']);
    expect(UnitCost.safeParse({ ...base, unit: 'fortnight' }).error?.issues[0].path).toEqual(['unit']);
    expect(UnitCost.safeParse({ ...base, source: '' }).error?.issues[0].path).toEqual(['source']);
  });
});
