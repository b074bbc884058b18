import { describe, expect, it } from 'vitest';
import { invertChangeSet } from '../../../shared/editing/change-set';
import { caseFromForm, caseToForm } from '../../../shared/editing/case-form';
import { updateCase } from '../../../shared/editing/journey-edits';
import type { Case } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const TODAY = '2026-12-07';
const row: Case = {
  id: 'case-1',
  pseudonym: 'Person A',
  knownNames: [],
  designatedLead: 'Sam',
  status: 'open',
  riskGrade: 'not graded',
  notes: '',
  dateOfBirth: null,
  interventionDate: null,
  createdAt: T,
  updatedAt: T,
};

describe('case details form', () => {
  it('reads every case field as typed: names one a line, UK dates', () => {
    const result = caseFromForm(
      {
        ...caseToForm(row),
        knownNames: 'Jo Bloggs\n  \n"JB"\nJo Bloggs',
        dateOfBirth: '3/2/94',
        interventionDate: '01/04/2020',
        notes: ' Seen at the hub. ',
        riskGrade: 'high',
        status: 'closed',
        ageBand: '25-34',
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        pseudonym: 'Person A',
        designatedLead: 'Sam',
        status: 'closed',
        riskGrade: 'high',
        knownNames: ['Jo Bloggs', '"JB"'],
        dateOfBirth: '1994-02-03',
        ageBand: '25-34',
        notes: 'Seen at the hub.',
        interventionDate: '2020-04-01',
      },
    });
  });

  it('shows a stored case as the analyst typed it', () => {
    const form = caseToForm({
      ...row,
      knownNames: ['Jo', 'JB'],
      dateOfBirth: '1994-02-03',
      interventionDate: '2020-04-01',
    });
    expect(form).toMatchObject({
      knownNames: 'Jo\nJB',
      dateOfBirth: '03/02/1994',
      interventionDate: '01/04/2020',
      ageBand: '',
    });
  });

  it('names each field that is wrong, all at once', () => {
    const result = caseFromForm(
      {
        ...caseToForm(row),
        pseudonym: '  ',
        dateOfBirth: '31/02/1990',
        interventionDate: '01/04/2020 10:00',
        knownNames: `Jo\n${'x'.repeat(201)}`,
      },
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.pseudonym).toBe('Pseudonym: a case needs a pseudonym.');
    expect(result.errors.dateOfBirth).toBe(
      'Date of birth: "31/02/1990" is not a real date (day 31, month 2).',
    );
    expect(result.errors.interventionDate).toBe(
      'Intervention date: write the day only, as dd/mm/yyyy, without a time.',
    );
    expect(result.errors.knownNames).toBe(
      'Known names and aliases, line 2: a name is at most 200 characters.',
    );
  });

  it('refuses a date of birth after today, and more names than the model keeps', () => {
    const result = caseFromForm(
      {
        ...caseToForm(row),
        dateOfBirth: '08/12/2026',
        knownNames: Array.from({ length: 51 }, (_, i) => `Name ${i}`).join('\n'),
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        dateOfBirth: 'Date of birth: it is after today.',
        knownNames: 'Known names and aliases: at most 50 names (there are 51).',
      },
    });
  });

  it('blank dates and age band are none, and the whole save is one undoable change', () => {
    const result = caseFromForm(
      {
        ...caseToForm({ ...row, dateOfBirth: '1990-01-01', ageBand: '25-34' }),
        dateOfBirth: '',
        ageBand: ' ',
      },
      TODAY,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.fields).toMatchObject({ dateOfBirth: null, ageBand: null, interventionDate: null });
    const change = updateCase(row, { ...result.fields, knownNames: ['Jo'], notes: 'n' });
    expect(change.changes).toHaveLength(1);
    expect(invertChangeSet(change).changes[0].after).toEqual(row);
  });
});
