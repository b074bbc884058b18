import { normaliseHeader } from '../contact-sheet/column-mapping';

/** What a column of a chronology return can hold, in the words of boards' templates. */
export const RETURN_FIELD_LABELS = {
  date: 'Date',
  time: 'Time',
  agency: 'Agency',
  source: 'Source',
  event: 'Event',
  action: 'Action taken',
  outcome: 'Outcome',
  analysis: 'Analysis',
  comment: 'Comment',
  contactType: 'Contact type',
} as const;
export type ReturnField = keyof typeof RETURN_FIELD_LABELS;
export const RETURN_FIELDS = Object.keys(RETURN_FIELD_LABELS) as ReturnField[];

/** One entry per column: the field it fills, or null when it is not read. */
export type ReturnMapping = Array<ReturnField | null>;

/** Headers seen on safeguarding boards' single-agency chronology templates, by what they hold. */
const HEADER_SYNONYMS: Record<ReturnField, string[]> = {
  date: [
    'date',
    'date time',
    'date and time',
    'datetime',
    'date of contact',
    'contact date',
    'event date',
    'date of event',
    'date of incident',
    'when',
  ],
  time: ['time', 'time of contact'],
  agency: ['agency', 'organisation', 'organization', 'service', 'agency name', 'agency service'],
  source: [
    'source',
    'record ref',
    'record reference',
    'reference',
    'ref',
    'source reference',
    'source of information',
    'record',
    'source document',
    'record source',
  ],
  event: [
    'event',
    'details of contact',
    'details',
    'what happened',
    'description',
    'event details',
    'details of event',
    'summary',
    'contact details',
    'narrative',
    'details of contact event',
  ],
  action: ['action taken', 'action', 'actions', 'action taken outcome', 'action outcome', 'actions taken'],
  outcome: ['outcome', 'result', 'outcome of contact'],
  analysis: [
    'analysis',
    'agency analysis',
    'analysis comment',
    'analysis of involvement',
    'agency comment analysis',
    'reflection',
  ],
  comment: ['comment', 'comments', 'notes', 'note'],
  contactType: ['contact type', 'type of contact', 'type'],
};

/** A field for each header, each field for one column at most; the analyst can change any of them. */
export function suggestReturnMapping(headers: string[]): ReturnMapping {
  const used = new Set<ReturnField>();
  return headers.map((header) => {
    const name = normaliseHeader(header);
    const field = RETURN_FIELDS.find((f) => !used.has(f) && HEADER_SYNONYMS[f].includes(name));
    if (field !== undefined) used.add(field);
    return field ?? null;
  });
}

/**
 * How much a header row looks like a chronology's: the fields it names, and whether it has the
 * two every chronology has (a date, and what happened or what was done). Zero when it lacks them.
 */
export function chronologyHeaderScore(headers: string[]): number {
  const mapped = suggestReturnMapping(headers).filter((f): f is ReturnField => f !== null);
  const hasDate = mapped.includes('date');
  const hasText = mapped.includes('event') || mapped.includes('action') || mapped.includes('outcome');
  return hasDate && hasText ? mapped.length : 0;
}
