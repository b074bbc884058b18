import { useId } from 'react';
import {
  ENTER_THE_HOURS_IN_FORM,
  ENTER_THE_LENGTH_IN_FORM,
  contactFromForm,
  type ContactFormErrors,
  type ContactFormValues,
} from '../../shared/editing/contact-form';
import { costContact } from '../../shared/costing/contact-cost';
import type { DeflatorSeries } from '../../shared/costing/deflator';
import { formatPence } from '../../shared/costing/money';
import type { FinancialYear, UnitCost } from '../../shared/model';

interface ContactCostFieldsProps {
  values: ContactFormValues;
  errors: ContactFormErrors;
  unitCosts: readonly UnitCost[];
  priceBase: FinancialYear;
  series: DeflatorSeries;
  onChange: (changes: Partial<ContactFormValues>) => void;
}

/** What the preview says, computed by the costing engine from the form as it stands. */
function preview(
  values: ContactFormValues,
  unitCosts: readonly UnitCost[],
  priceBase: FinancialYear,
  series: DeflatorSeries,
): string {
  const result = contactFromForm(values, unitCosts);
  if (!result.ok)
    return result.errors.quantity === ENTER_THE_HOURS_IN_FORM ||
      result.errors.quantity === ENTER_THE_LENGTH_IN_FORM
      ? result.errors.quantity
      : 'Complete the contact to see its cost.';
  const unitCost = unitCosts.find((u) => u.id === result.fields.unitCostId);
  const now = new Date().toISOString();
  const cost = costContact(
    { ...result.fields, id: 'preview', caseId: 'preview', createdAt: now, updatedAt: now },
    unitCost,
    { priceBase, series },
  );
  if (cost.status === 'uncosted') return `Not costed: ${cost.problem}. It is counted as uncosted, not as £0.`;
  if (cost.status === 'overridden')
    return `${formatPence(cost.amount)}, the contact's own cost (not uplifted).`;
  const unit = cost.unitCost;
  const year = cost.unknownPriceYear
    ? 'price year unknown, not uplifted'
    : `${unit?.priceYear} prices uplifted to ${priceBase}`;
  return `${formatPence(unit?.amountPence ?? 0)} per ${unit?.unit} × ${cost.quantity?.round(4).toString()} (${cost.quantitySource}) = ${formatPence(cost.amount)} (${year}).`;
}

export function ContactCostFields({
  values,
  errors,
  unitCosts,
  priceBase,
  series,
  onChange,
}: ContactCostFieldsProps) {
  const id = useId();
  return (
    <fieldset className="cost-fieldset">
      <legend>Cost</legend>
      <p className="cost-preview" data-testid="cost-preview">
        {preview(values, unitCosts, priceBase, series)}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-override`}>Own cost (£, optional)</label>
          <input
            id={`${id}-override`}
            value={values.overrideAmount}
            inputMode="decimal"
            onChange={(e) => onChange({ overrideAmount: e.target.value })}
            aria-invalid={errors.overrideAmount !== undefined}
          />
          {errors.overrideAmount && (
            <p className="field-error" role="alert">
              {errors.overrideAmount}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason for own cost</label>
          <input
            id={`${id}-reason`}
            value={values.overrideReason}
            onChange={(e) => onChange({ overrideReason: e.target.value })}
            aria-invalid={errors.overrideReason !== undefined}
          />
          {errors.overrideReason && (
            <p className="field-error" role="alert">
              {errors.overrideReason}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
