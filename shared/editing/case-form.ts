import {
  Case,
  formatUkDate,
  hasTime,
  parseUkDateInput,
  type CaseStatus,
  type LocalDate,
  type RiskGrade,
} from '../model';
import type { CaseFields } from './journey-edits';

/** What the case details form holds: text as typed, so a half-typed date is never lost or coerced. */
export interface CaseFormValues {
  pseudonym: string;
  designatedLead: string;
  status: CaseStatus;
  riskGrade: RiskGrade;
  /** One name or alias a line. */
  knownNames: string;
  dateOfBirth: string;
  ageBand: string;
  notes: string;
  interventionDate: string;
}

/** As the model allows: a name of up to 200 characters, up to 50 of them. */
const MAX_NAME_LENGTH = 200;
const MAX_KNOWN_NAMES = 50;

export type CaseFormErrors = Partial<Record<keyof CaseFormValues, string>>;

const FIELD_LABELS: Record<keyof CaseFormValues, string> = {
  pseudonym: 'Pseudonym',
  designatedLead: 'Designated lead',
  status: 'Status',
  riskGrade: 'Risk grade',
  knownNames: 'Known names and aliases',
  dateOfBirth: 'Date of birth',
  ageBand: 'Age band',
  notes: 'Case notes',
  interventionDate: 'Intervention date',
};

export function caseToForm(row: Case): CaseFormValues {
  return {
    pseudonym: row.pseudonym,
    designatedLead: row.designatedLead,
    status: row.status,
    riskGrade: row.riskGrade,
    knownNames: row.knownNames.join('\n'),
    dateOfBirth: row.dateOfBirth === null ? '' : formatUkDate(row.dateOfBirth),
    ageBand: row.ageBand ?? '',
    notes: row.notes,
    interventionDate: row.interventionDate === null ? '' : formatUkDate(row.interventionDate),
  };
}

/** A whole day, or blank for none; a time of day has no place in either case date. */
function optionalDate(
  text: string,
  label: string,
): { ok: true; value: LocalDate | null } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseUkDateInput(text);
  if (!parsed.ok) return { ok: false, reason: `${label}: ${parsed.reason}.` };
  if (hasTime(parsed.value))
    return { ok: false, reason: `${label}: write the day only, as dd/mm/yyyy, without a time.` };
  return { ok: true, value: parsed.value };
}

/**
 * Checks every field at once, each message naming its field, then lets the model schema have
 * the last word, so the form can never save what the store would refuse.
 */
export function caseFromForm(
  values: CaseFormValues,
  today: LocalDate,
): { ok: true; fields: CaseFields } | { ok: false; errors: CaseFormErrors } {
  const errors: CaseFormErrors = {};
  const lines = values.knownNames.split('\n').map((n) => n.trim());
  const tooLong = lines.findIndex((n) => n.length > MAX_NAME_LENGTH);
  const knownNames = [...new Set(lines.filter(Boolean))];
  if (tooLong >= 0)
    errors.knownNames = `${FIELD_LABELS.knownNames}, line ${tooLong + 1}: a name is at most ${MAX_NAME_LENGTH} characters.`;
  else if (knownNames.length > MAX_KNOWN_NAMES)
    errors.knownNames = `${FIELD_LABELS.knownNames}: at most ${MAX_KNOWN_NAMES} names (there are ${knownNames.length}).`;
  const dateOfBirth = optionalDate(values.dateOfBirth, FIELD_LABELS.dateOfBirth);
  if (!dateOfBirth.ok) errors.dateOfBirth = dateOfBirth.reason;
  else if (dateOfBirth.value !== null && dateOfBirth.value > today)
    errors.dateOfBirth = 'Date of birth: it is after today.';
  const interventionDate = optionalDate(values.interventionDate, FIELD_LABELS.interventionDate);
  if (!interventionDate.ok) errors.interventionDate = interventionDate.reason;
  const fields: CaseFields = {
    pseudonym: values.pseudonym.trim(),
    designatedLead: values.designatedLead.trim(),
    status: values.status,
    riskGrade: values.riskGrade,
    knownNames,
    dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null,
    ageBand: values.ageBand.trim() === '' ? null : values.ageBand.trim(),
    notes: values.notes.trim(),
    interventionDate: interventionDate.ok ? interventionDate.value : null,
  };
  const checked = Case.omit({ id: true, createdAt: true, updatedAt: true }).safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path[0] as keyof CaseFormValues;
      errors[key] ??= `${FIELD_LABELS[key]}: ${issue.message}.`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields };
}
