import { describe, expect, it } from 'vitest';
import { invertChangeSet } from '../../../shared/editing/change-set';
import { contactFromForm, contactToForm, emptyContactForm } from '../../../shared/editing/contact-form';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import {
  addContact,
  addLink,
  createCase,
  deleteCase,
  deleteContacts,
  moveLane,
  updateContact,
} from '../../../shared/editing/journey-edits';
import type { Contact, Link } from '../../../shared/model';

function contactRow(changes: ReturnType<typeof addContact>): Contact {
  return changes.changes[0].after as Contact;
}

describe('journey edits', () => {
  it('creates a valid case and refuses an empty pseudonym', () => {
    const set = createCase({ pseudonym: 'Matthew', designatedLead: 'J. Smith' });
    expect(set.changes).toHaveLength(1);
    expect(set.changes[0]).toMatchObject({
      table: 'cases',
      before: null,
      after: { pseudonym: 'Matthew', designatedLead: 'J. Smith' },
    });
    expect(() => createCase({ pseudonym: ' ' })).toThrow();
  });

  it('records before and after images so the inverse restores the contact', () => {
    const contact = contactRow(
      addContact({ caseId: 'k', agencyId: 'police', contactType: 'Arrest', start: '2019-02-03' }),
    );
    const edit = updateContact(contact, { contactType: 'Arrest and detain' });
    expect(edit.changes[0].before).toEqual(contact);
    expect((edit.changes[0].after as Contact).contactType).toBe('Arrest and detain');
    const inverse = invertChangeSet(edit);
    expect(inverse.changes[0].after).toEqual(contact);
    expect(() => updateContact(contact, { start: '2019-02-31' })).toThrow();
  });

  it('deletes a contact with the links that touch it, and a case with its whole journey', () => {
    const a = contactRow(
      addContact({ caseId: 'k', agencyId: 'police', contactType: 'Arrest', start: '2019-02-03' }),
    );
    const b = contactRow(
      addContact({ caseId: 'k', agencyId: 'housing', contactType: 'Housing options', start: '2019-02-05' }),
    );
    const link = addLink({ caseId: 'k', fromContactId: a.id, toContactId: b.id, kind: 'referral', label: '' })
      .changes[0].after as Link;
    const other = { ...link, id: 'unrelated', fromContactId: 'x', toContactId: 'y' };
    const set = deleteContacts([a], [link, other]);
    expect(set.changes.map((c) => c.key)).toEqual([link.id, a.id]);
    const theCase = createCase({ pseudonym: 'K' }).changes[0].after as never;
    const caseSet = deleteCase(theCase, { contacts: [a, b], links: [link], lifeEvents: [], outcomes: [] });
    expect(caseSet.changes.map((c) => c.table)).toEqual(['links', 'contacts', 'contacts', 'cases']);
    expect(caseSet.changes.every((c) => c.after === null)).toBe(true);
  });

  it('moves a lane by swapping order with its neighbour, and not past the ends', () => {
    const agencies = defaultAgencies();
    const set = moveLane(agencies, agencies[1].id, -1);
    const after = set.changes.map((c) => c.after as { id: string; laneOrder: number });
    expect(after).toEqual([
      expect.objectContaining({ id: agencies[1].id, laneOrder: 0 }),
      expect.objectContaining({ id: agencies[0].id, laneOrder: 1 }),
    ]);
    expect(moveLane(agencies, agencies[0].id, -1).changes).toHaveLength(0);
  });
});

describe('contact form', () => {
  it('reports every problem at once, next to its field', () => {
    const result = contactFromForm({
      ...emptyContactForm(),
      date: '31/02/2019',
      quantity: '-1',
      missed: true,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'agencyId',
        'category',
        'contactType',
        'date',
        'quantity',
      ]);
  });
  it('turns typed UK values into contact fields and back', () => {
    const values = {
      ...emptyContactForm('police', '03/02/2019'),
      time: '23:10',
      contactType: 'Arrest',
      endDate: '04/02/2019',
      quantity: '2.5',
      missed: true,
      category: 'No referral made',
      note: 'n',
    };
    const result = contactFromForm(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toMatchObject({
      start: '2019-02-03T23:10',
      end: '2019-02-04',
      quantity: 2.5,
      missedOpportunity: { category: 'No referral made', note: 'n', shouldHaveHappened: '' },
    });
    const contact = contactRow(addContact({ ...result.fields, caseId: 'k' }));
    expect(contactToForm(contact)).toEqual(values);
  });
  it('refuses an end before the start', () => {
    const result = contactFromForm({
      ...emptyContactForm('police', '03/02/2019'),
      contactType: 'x',
      endDate: '01/02/2019',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.endDate).toMatch(/before the start/);
  });
});
