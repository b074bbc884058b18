import { describe, expect, it } from 'vitest';
import { contactFromForm, emptyContactForm, type ContactFormValues } from '../../../shared/editing/contact-form';

const officerTime = { id: 'officer', unit: 'hour' as const };
const bnb = { id: 'bnb', unit: 'night' as const };
const form = (changes: Partial<ContactFormValues>): ContactFormValues => ({ ...emptyContactForm('police', '03/02/2019'), contactType: 'Officer time', unitCostId: 'officer', ...changes });

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
    expect(contactFromForm(form({ time: '10:00', endDate: '03/02/2019 13:30' }), [officerTime]).ok).toBe(true);
    expect(contactFromForm(form({ overrideAmount: '91.14', overrideReason: 'invoice' }), [officerTime]).ok).toBe(true);
    expect(contactFromForm(form({ unitCostId: 'bnb', endDate: '05/02/2019' }), [officerTime, bnb]).ok).toBe(true);
  });
});
