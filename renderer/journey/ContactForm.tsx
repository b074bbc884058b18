import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  contactFromForm,
  withContactType,
  type ContactFormErrors,
  type ContactFormFields,
  type ContactFormValues,
} from '../../shared/editing/contact-form';
import type { DeflatorSeries } from '../../shared/costing/deflator';
import type { Agency, FinancialYear, MissedOpportunityCategory, UnitCost } from '../../shared/model';
import { UnitCostPicker } from '../unit-costs';
import { ContactCostFields } from './ContactCostFields';
import { FormField } from '../components/FormField';

/** Everything a contact's fields are chosen from. */
export interface ContactFormLibrary {
  agencies: readonly Agency[];
  categories: readonly MissedOpportunityCategory[];
  contactTypes: string[];
  unitCosts: readonly UnitCost[];
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

interface ContactFormProps {
  initial: ContactFormValues;
  library: ContactFormLibrary;
  submitLabel: string;
  /** Resolves to the values the form should show next (the entry form keeps agency and date). */
  onSubmit: (fields: ContactFormFields, values: ContactFormValues) => Promise<ContactFormValues | void>;
  children?: ReactNode;
}

/**
 * Every field of a contact in the order an analyst reads a record: when, who, what, then the
 * missed opportunity. Enter in any single-line box submits, so a run of contacts needs no mouse.
 */
export function ContactForm({ initial, library, submitLabel, onSubmit, children }: ContactFormProps) {
  const { agencies, categories, contactTypes, unitCosts, priceBase, series } = library;
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  // Typing a library entry's whole name prices the contact: one less step per contact.
  const setContactType = (contactType: string) =>
    setValues((v) => withContactType(v, contactType, unitCosts));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const result = contactFromForm(values, unitCosts);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const next = await onSubmit(result.fields, values);
    if (next) {
      setValues(next);
      form.querySelector<HTMLInputElement>('input[name="date"]')?.focus();
    }
  };

  const field = (key: keyof ContactFormValues, label: string, input: ReactNode) => (
    <FormField inputId={`${id}-${key}`} label={label} error={errors[key]}>
      {input}
    </FormField>
  );
  const text = (
    key: 'contactType' | 'date' | 'time' | 'endDate' | 'quantity' | 'outcome',
    extra: Record<string, string> = {},
  ) => (
    <input
      id={`${id}-${key}`}
      name={key}
      value={values[key]}
      onChange={(e) => (key === 'contactType' ? setContactType(e.target.value) : set(key, e.target.value))}
      aria-invalid={errors[key] !== undefined}
      aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
      {...extra}
    />
  );

  return (
    <form className="contact-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field-row">
        {field(
          'date',
          'Date (dd/mm/yyyy) or as the record gives it',
          text('date', {
            placeholder: 'dd/mm/yyyy, Oct 2018, c. 2016',
            autoComplete: 'off',
            title:
              'A day (dd/mm/yyyy), a month (Oct 2018), a quarter or season (Q3 2019, Spring 2019), a year (2017), a range (Oct-Dec 2019), any marked approximate (c. 2016)',
          }),
        )}
        {field(
          'time',
          'Time (optional)',
          text('time', { placeholder: 'hh:mm', inputMode: 'numeric', autoComplete: 'off' }),
        )}
      </div>
      {field(
        'agencyId',
        'Agency',
        <select
          id={`${id}-agencyId`}
          value={values.agencyId}
          onChange={(e) => set('agencyId', e.target.value)}
          aria-invalid={errors.agencyId !== undefined}
        >
          <option value="">Choose…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'contactType',
        'Contact type',
        text('contactType', { list: `${id}-types`, autoComplete: 'off' }),
      )}
      {/* The journey's own contact types; library entries are offered, with their costs, by the picker below. */}
      <datalist id={`${id}-types`}>
        {contactTypes.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="field">
        <UnitCostPicker
          typed={values.contactType}
          unitCosts={unitCosts}
          value={values.unitCostId}
          onChange={(unitCostId) => set('unitCostId', unitCostId)}
          label="Unit cost"
          noneLabel="Not costed yet"
        />
      </div>
      <div className="field-row">
        {field(
          'endDate',
          'End date (optional)',
          text('endDate', { placeholder: 'dd/mm/yyyy or Jun 2018', autoComplete: 'off' }),
        )}
        {field(
          'quantity',
          'Quantity (optional)',
          text('quantity', { inputMode: 'decimal', autoComplete: 'off' }),
        )}
      </div>
      {field('outcome', 'Outcome', text('outcome', { autoComplete: 'off' }))}
      {field(
        'description',
        'Description',
        <textarea
          id={`${id}-description`}
          rows={2}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />,
      )}
      <fieldset className={values.missed ? 'missed-fieldset flagged' : 'missed-fieldset'}>
        <legend>
          <label>
            <input
              type="checkbox"
              checked={values.missed}
              onChange={(e) => set('missed', e.target.checked)}
            />{' '}
            Missed opportunity
          </label>
        </legend>
        {values.missed && (
          <>
            {field(
              'category',
              'Category',
              <select
                id={`${id}-category`}
                value={values.category}
                onChange={(e) => set('category', e.target.value)}
                aria-invalid={errors.category !== undefined}
              >
                <option value="">Choose…</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'note',
              'Note',
              <textarea
                id={`${id}-note`}
                rows={2}
                value={values.note}
                onChange={(e) => set('note', e.target.value)}
              />,
            )}
            {field(
              'shouldHaveHappened',
              'What should have happened',
              <textarea
                id={`${id}-shouldHaveHappened`}
                rows={2}
                value={values.shouldHaveHappened}
                onChange={(e) => set('shouldHaveHappened', e.target.value)}
              />,
            )}
          </>
        )}
      </fieldset>
      <ContactCostFields
        values={values}
        errors={errors}
        unitCosts={unitCosts}
        priceBase={priceBase}
        series={series}
        onChange={(changes) => setValues((v) => ({ ...v, ...changes }))}
      />
      {children}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
