import { hoursUnknown, lengthUnknown } from '../costing/contact-cost';
import { parsePoundsToPence, penceToPoundsText } from '../costing/money';
import { unitCostNamed } from '../costing/unit-cost-library';
import {
  datePart,
  earliestDay,
  formatDateAsWritten,
  hasTime,
  latestDay,
  parseApproximateDateAndTime,
  parseApproximateDateInput,
  type Contact,
  type CostOverride,
  type MissedOpportunity,
  type UnitCost,
} from '../model';

/** What the contact form holds: text as typed, so a half-typed date is never lost or coerced. */
export interface ContactFormValues {
  agencyId: string;
  contactType: string;
  date: string;
  time: string;
  endDate: string;
  quantity: string;
  outcome: string;
  description: string;
  missed: boolean;
  category: string;
  note: string;
  shouldHaveHappened: string;
  unitCostId: string;
  overrideAmount: string;
  overrideReason: string;
}

export type ContactFormErrors = Partial<Record<keyof ContactFormValues, string>>;

export type ContactFormFields = Pick<
  Contact,
  | 'agencyId'
  | 'contactType'
  | 'start'
  | 'end'
  | 'quantity'
  | 'outcome'
  | 'description'
  | 'missedOpportunity'
  | 'unitCostId'
  | 'costOverride'
>;

export function emptyContactForm(agencyId = '', date = ''): ContactFormValues {
  return {
    agencyId,
    contactType: '',
    date,
    time: '',
    endDate: '',
    quantity: '',
    outcome: '',
    description: '',
    missed: false,
    category: '',
    note: '',
    shouldHaveHappened: '',
    unitCostId: '',
    overrideAmount: '',
    overrideReason: '',
  };
}

export function contactToForm(contact: Contact): ContactFormValues {
  const missed = contact.missedOpportunity;
  return {
    agencyId: contact.agencyId,
    contactType: contact.contactType,
    date: formatDateAsWritten(datePart(contact.start)),
    time: hasTime(contact.start) ? contact.start.slice(11, 16) : '',
    endDate: contact.end === null ? '' : formatDateAsWritten(contact.end),
    quantity: contact.quantity === null ? '' : String(contact.quantity),
    outcome: contact.outcome,
    description: contact.description,
    missed: missed !== null,
    category: missed?.category ?? '',
    note: missed?.note ?? '',
    shouldHaveHappened: missed?.shouldHaveHappened ?? '',
    unitCostId: contact.unitCostId ?? '',
    overrideAmount: contact.costOverride === null ? '' : penceToPoundsText(contact.costOverride.amountPence),
    overrideReason: contact.costOverride?.reason ?? '',
  };
}

/**
 * The form after the contact type is typed. While the unit cost is the one the contact type
 * named (or none), it follows the name: an entry is picked only while the contact type is that
 * entry's whole name, and dropped as soon as it is not, so nothing is priced by a name the
 * analyst only passed through. A unit cost the analyst chose under another name stays.
 */
export function withContactType(
  values: ContactFormValues,
  contactType: string,
  unitCosts: readonly UnitCost[],
): ContactFormValues {
  const current = unitCosts.find((u) => u.id === values.unitCostId);
  const followsName =
    values.unitCostId === '' ||
    (current !== undefined && unitCostNamed([current], values.contactType) !== null);
  if (!followsName) return { ...values, contactType };
  return { ...values, contactType, unitCostId: unitCostNamed(unitCosts, contactType)?.id ?? '' };
}

export const ENTER_THE_HOURS_IN_FORM =
  'Enter the hours: this unit cost is per hour and the contact has no start and end times. Type the hours as the quantity, or give a time and an end date with its time.';

export const ENTER_THE_LENGTH_IN_FORM =
  'Enter the quantity: this unit cost is per night, day, week or month, and with an approximate date its length cannot be known from the dates.';

/**
 * Checks every field at once so the analyst sees all that is wrong, each next to its box. The
 * library is needed to refuse a per-hour cost whose hours cannot be known.
 */
export function contactFromForm(
  values: ContactFormValues,
  unitCosts: ReadonlyArray<Pick<UnitCost, 'id' | 'unit'>> = [],
): { ok: true; fields: ContactFormFields } | { ok: false; errors: ContactFormErrors } {
  const errors: ContactFormErrors = {};
  if (values.agencyId === '') errors.agencyId = 'Choose the agency.';
  if (values.contactType.trim() === '') errors.contactType = 'Say what kind of contact this was.';
  const start = parseApproximateDateAndTime(values.date, values.time);
  if (!start.ok) errors.date = start.reason;
  let end: string | null = null;
  if (values.endDate.trim() !== '') {
    const parsed = parseApproximateDateInput(values.endDate);
    if (!parsed.ok) errors.endDate = parsed.reason;
    else if (start.ok && latestDay(datePart(parsed.value)) < earliestDay(datePart(start.value)))
      errors.endDate = 'The end is before the start.';
    else end = parsed.value;
  }
  let quantity: number | null = null;
  if (values.quantity.trim() !== '') {
    quantity = Number(values.quantity.trim());
    if (!Number.isFinite(quantity) || quantity <= 0)
      errors.quantity = 'Quantity must be a number above 0, such as 1, 2.5 or 3.';
  }
  let missedOpportunity: MissedOpportunity | null = null;
  if (values.missed) {
    if (values.category.trim() === '') errors.category = 'Choose the kind of missed opportunity.';
    missedOpportunity = {
      category: values.category.trim(),
      note: values.note.trim(),
      shouldHaveHappened: values.shouldHaveHappened.trim(),
    };
  }
  let costOverride: CostOverride | null = null;
  if (values.overrideAmount.trim() !== '' || values.overrideReason.trim() !== '') {
    const amountPence = parsePoundsToPence(values.overrideAmount);
    if (amountPence === null)
      errors.overrideAmount = 'Write the cost in pounds and pence, such as 1523 or 91.14.';
    if (values.overrideReason.trim() === '')
      errors.overrideReason = 'Say why this contact has its own cost (an invoice, a local figure…).';
    if (amountPence !== null) costOverride = { amountPence, reason: values.overrideReason.trim() };
  }
  const unit = unitCosts.find((u) => u.id === values.unitCostId)?.unit;
  if (
    unit === 'hour' &&
    costOverride === null &&
    errors.quantity === undefined &&
    start.ok &&
    hoursUnknown({ start: start.value, end, quantity })
  )
    errors.quantity = ENTER_THE_HOURS_IN_FORM;
  if (
    unit !== undefined &&
    costOverride === null &&
    errors.quantity === undefined &&
    start.ok &&
    lengthUnknown({ start: start.value, end, quantity }, unit)
  )
    errors.quantity = ENTER_THE_LENGTH_IN_FORM;
  if (Object.keys(errors).length > 0 || !start.ok) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      agencyId: values.agencyId,
      contactType: values.contactType.trim(),
      start: start.value,
      end,
      quantity,
      outcome: values.outcome.trim(),
      description: values.description.trim(),
      missedOpportunity,
      unitCostId: values.unitCostId === '' ? null : values.unitCostId,
      costOverride,
    },
  };
}
