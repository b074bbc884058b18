import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  caseFromForm,
  caseToForm,
  type CaseFormErrors,
  type CaseFormValues,
} from '../../shared/editing/case-form';
import { updateCase } from '../../shared/editing/journey-edits';
import { CASE_STATUSES, RISK_GRADES, type Case, type CaseStatus, type RiskGrade } from '../../shared/model';
import { describedBy, FormField } from '../components/FormField';
import { SidePanel } from '../components/SidePanel';
import { usePerform } from '../store/app-services';

interface CaseDetailsPanelProps {
  row: Case;
  onClose: () => void;
}

/**
 * Every field of a case, for the journey's side panel and the case list. The names, date of
 * birth and notes are what anonymisation looks for and replaces, and the intervention date is
 * what before/after compares around, so they are edited here, in one save that Undo takes back.
 */
export function CaseDetailsPanel({ row, onClose }: CaseDetailsPanelProps) {
  // The version this panel saved, so it can say so until anything else changes the case.
  const [saved, setSaved] = useState<string | null>(null);
  // A fresh form for each stored version, so Undo and Redo show in it at once.
  return (
    <CaseDetailsForm
      key={`${row.id}:${row.updatedAt}`}
      row={row}
      onClose={onClose}
      justSaved={saved === row.updatedAt}
      onSaved={setSaved}
    />
  );
}

interface CaseDetailsFormProps extends CaseDetailsPanelProps {
  justSaved: boolean;
  onSaved: (updatedAt: string) => void;
}

function CaseDetailsForm({ row, onClose, justSaved, onSaved }: CaseDetailsFormProps) {
  const perform = usePerform();
  const id = useId();
  const [values, setValues] = useState<CaseFormValues>(() => caseToForm(row));
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = caseFromForm(values, new Date().toISOString().slice(0, 10));
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    const change = updateCase(row, result.fields);
    await perform(change);
    const after = change.changes[0].after as Case;
    onSaved(after.updatedAt);
  };

  const field = (key: keyof CaseFormValues, label: string, input: ReactNode, hint?: string) => (
    <FormField inputId={`${id}-${key}`} label={label} hint={hint} error={errors[key]}>
      {input}
    </FormField>
  );
  const described = (key: keyof CaseFormValues, hint = false) =>
    describedBy(`${id}-${key}`, { hint, error: errors[key] });
  const text = (
    key: 'pseudonym' | 'designatedLead' | 'dateOfBirth' | 'ageBand' | 'interventionDate',
    extra: Record<string, string> = {},
  ) => (
    <input
      {...described(key, key === 'ageBand')}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <SidePanel
      className="case-details"
      title={`Case details: ${row.pseudonym}`}
      closeLabel="Close case details"
      onClose={onClose}
    >
      <form className="contact-form" onSubmit={(e) => void submit(e)} noValidate>
        {field('pseudonym', 'Pseudonym', text('pseudonym'))}
        {field('designatedLead', 'Designated lead', text('designatedLead'))}
        <div className="field-row">
          {field(
            'status',
            'Status',
            <select
              {...described('status')}
              value={values.status}
              onChange={(e) => set('status', e.target.value as CaseStatus)}
            >
              {CASE_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>,
          )}
          {field(
            'riskGrade',
            'Risk grade',
            <select
              {...described('riskGrade')}
              value={values.riskGrade}
              onChange={(e) => set('riskGrade', e.target.value as RiskGrade)}
            >
              {RISK_GRADES.map((g) => (
                <option key={g}>{g}</option>
              ))}
            </select>,
          )}
        </div>
        {field(
          'knownNames',
          'Known names and aliases',
          <textarea
            {...described('knownNames', true)}
            rows={3}
            value={values.knownNames}
            onChange={(e) => set('knownNames', e.target.value)}
          />,
          'One a line. Kept so anonymising finds them in free text; never exported in an anonymised copy.',
        )}
        <div className="field-row">
          {field(
            'dateOfBirth',
            'Date of birth (dd/mm/yyyy)',
            text('dateOfBirth', { placeholder: 'dd/mm/yyyy', inputMode: 'numeric' }),
          )}
          {field(
            'interventionDate',
            'Intervention date (dd/mm/yyyy)',
            text('interventionDate', { placeholder: 'dd/mm/yyyy', inputMode: 'numeric' }),
          )}
        </div>
        {field(
          'ageBand',
          'Age band at first contact',
          text('ageBand'),
          'Set by anonymising in place of a date of birth.',
        )}
        {field(
          'notes',
          'Case notes',
          <textarea
            {...described('notes')}
            rows={5}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />,
        )}
        <button type="submit" className="primary">
          Save case details
        </button>
        <p role="status" className="hint">
          {justSaved ? 'Saved. Undo takes the whole save back.' : ''}
        </p>
      </form>
    </SidePanel>
  );
}
