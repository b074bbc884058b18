import type { CaseAggregate } from '../../../shared/cohort/aggregates/case-aggregate';
import { packAggregate, type PackedCaseAggregate } from '../../../shared/cohort/aggregates/packed-aggregate';
import type { Agency, Case, Contact, Sector, UnitCost } from '../../../shared/model';

export const T = '2024-01-01T00:00:00.000Z';

function agency(id: string, name: string, sector: Sector): Agency {
  return { id, name, sector, colour: '#0072B2', laneOrder: 0, hidden: false };
}

export const AGENCIES: Agency[] = [
  agency('ae', 'City Hospital A&E', 'Acute health'),
  agency('amb', 'Ambulance Trust', 'Ambulance'),
  agency('mh', 'CMHT', 'Mental health'),
  agency('dat', 'Drug service', 'Drug and alcohol treatment'),
  agency('police', 'Police', 'Police'),
  agency('housing', 'Housing options', 'Housing'),
  agency('prison', 'HMP Leeds', 'Prisons'),
  agency('charity', 'Street outreach charity', 'Third sector'),
  agency('gp', 'GP surgery', 'Primary care'),
];

export function contact(
  id: string,
  start: string,
  agencyId: string,
  contactType: string,
  fields: Partial<Contact> = {},
): Contact {
  return {
    id,
    caseId: 'k',
    agencyId,
    contactType,
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
  };
}

export function person(id: string, fields: Partial<Case> = {}): Case {
  return {
    id,
    pseudonym: `Person ${id}`,
    knownNames: [],
    designatedLead: '',
    status: 'open',
    riskGrade: 'not graded',
    notes: '',
    dateOfBirth: null,
    interventionDate: null,
    createdAt: T,
    updatedAt: T,
    ...fields,
  };
}

export function unitCost(
  id: string,
  amountPence: number,
  costBearer: string,
  fields: Partial<UnitCost> = {},
): UnitCost {
  return {
    id,
    name: id,
    costBearer,
    unit: 'contact',
    amountPence,
    priceYear: '2023/24',
    source: 'test',
    confidence: 4,
    notes: '',
    retired: false,
    ...fields,
  };
}

export const flag = (category: string) => ({ category, note: '', shouldHaveHappened: '' });

/** Aggregates as the store keeps them and the cohort costs them. */
export function packedAggregates(
  aggregates: ReadonlyMap<string, CaseAggregate>,
): Map<string, PackedCaseAggregate> {
  return new Map([...aggregates].map(([caseId, aggregate]) => [caseId, packAggregate(aggregate)]));
}
