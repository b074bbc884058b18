import { describe, expect, it } from 'vitest';
import {
  contactFromForm,
  contactToForm,
  emptyContactForm,
  type ContactFormValues,
} from '../../../shared/editing/contact-form';

const officerTime = { id: 'officer', unit: 'hour' as const };
const bnb = { id: 'bnb', unit: 'night' as const };
const form = (changes: Partial<ContactFormValues>): ContactFormValues => ({
  ...emptyContactForm('police', '03/02/2019'),
  contactType: 'Officer time',
  unitCostId: 'officer',
  ...changes,
});

describe('the contact form and per-hour costs', () => {
  it('refuses a per-hour cost with no times and no quantity, next to the quantity: "enter the hours"', () => {
    const result = contactFromForm(form({ endDate: '04/02/2019' }), [officerTime, bnb]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.quantity).toMatch(/^Enter the hours/);
    expect(contactFromForm(form({}), [officerTime]).ok).toBe(false);
    expect(contactFromForm(form({ time: '10:00', endDate: '03/02/2019' }), [officerTime]).ok).toBe(false);
  });

  it('takes it with the hours entered, with times at both ends, or with its own cost; other units need no hours', () => {
    expect(contactFromForm(form({ quantity: '3' }), [officerTime]).ok).toBe(true);
    expect(contactFromForm(form({ time: '10:00', endDate: '03/02/2019 13:30' }), [officerTime]).ok).toBe(
      true,
    );
    expect(
      contactFromForm(form({ overrideAmount: '91.14', overrideReason: 'invoice' }), [officerTime]).ok,
    ).toBe(true);
    expect(contactFromForm(form({ unitCostId: 'bnb', endDate: '05/02/2019' }), [officerTime, bnb]).ok).toBe(
      true,
    );
  });
});

describe('approximate dates in the contact form', () => {
  it('takes a month, a year or a range as typed and shows them back as written', () => {
    const result = contactFromForm(
      form({ date: 'Oct 2018', endDate: 'Dec 2018', unitCostId: '', contactType: 'Stay' }),
    );
    expect(result).toMatchObject({ ok: true, fields: { start: '2018-10', end: '2018-12' } });
    if (!result.ok) return;
    const T = '2024-01-01T00:00:00.000Z';
    const shown = contactToForm({ ...result.fields, id: 'c', caseId: 'k', createdAt: T, updatedAt: T });
    expect(shown).toMatchObject({ date: 'Oct 2018', time: '', endDate: 'Dec 2018' });
    expect(contactFromForm(form({ date: 'c. 2016', unitCostId: '' }))).toMatchObject({
      ok: true,
      fields: { start: '2016~' },
    });
  });

  it('refuses impossible dates saying what is accepted, an end wholly before the start, and a time on a month', () => {
    expect(contactFromForm(form({ date: 'Spring' }))).toMatchObject({
      ok: false,
      errors: { date: expect.stringContaining('a month (Oct 2018') },
    });
    expect(contactFromForm(form({ date: '13/2019' }))).toMatchObject({
      ok: false,
      errors: { date: expect.stringContaining('not a real month') },
    });
    expect(contactFromForm(form({ date: 'Oct 2018', endDate: 'Sep 2018' }))).toMatchObject({
      ok: false,
      errors: { endDate: 'The end is before the start.' },
    });
    expect(contactFromForm(form({ date: 'Oct 2018', endDate: '15/10/2018', unitCostId: '' }))).toMatchObject({
      ok: true,
    });
    expect(contactFromForm(form({ date: 'Oct 2018', time: '10:00' }))).toMatchObject({
      ok: false,
      errors: { date: expect.stringContaining('a time can only go with an exact day') },
    });
  });

  it('asks for the quantity of a per-night cost whose length approximate dates hide', () => {
    const stay = form({ date: 'Oct 2018', endDate: 'Dec 2018', contactType: 'B&B', unitCostId: 'bnb' });
    expect(contactFromForm(stay, [bnb])).toMatchObject({
      ok: false,
      errors: { quantity: expect.stringContaining('its length cannot be known from the dates') },
    });
    expect(contactFromForm({ ...stay, quantity: '42' }, [bnb])).toMatchObject({ ok: true });
    expect(contactFromForm({ ...stay, endDate: '' }, [bnb])).toMatchObject({ ok: true });
  });
});
