import type { Agency, Contact } from '../../../shared/model';

/** One Police lane of plain street contacts: what the mark-layer and share-items tests lay out. */
export const police: Agency = {
  id: 'police',
  name: 'Police',
  sector: 'Police',
  colour: '#0072B2',
  laneOrder: 0,
  hidden: false,
} as Agency;

export function contact(id: string, start: string): Contact {
  return {
    id,
    caseId: 'case',
    agencyId: 'police',
    contactType: 'Street contact',
    start,
    end: null,
    quantity: null,
    outcome: '',
    description: '',
    missedOpportunity: null,
    unitCostId: null,
    costOverride: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  } as Contact;
}
