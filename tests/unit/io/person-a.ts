import type { Case } from '../../../shared/model';

export const T = '2024-01-01T00:00:00.000Z';

/** The case a contact sheet's rows are imported into, in the import tests. */
export const personA: Case = {
  id: 'case-1',
  pseudonym: 'Person A',
  knownNames: [],
  designatedLead: '',
  status: 'open',
  riskGrade: 'not graded',
  notes: '',
  dateOfBirth: null,
  interventionDate: null,
  createdAt: T,
  updatedAt: T,
};
