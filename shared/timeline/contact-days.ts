import { earliestDay, isExactDate, latestDay, toDayNumber, type Contact } from '../model';

/**
 * Where a contact's dates put it on the time axis: an approximate date from its earliest day to
 * the end of its last possible day (periodEndDay), so it is ordered by its earliest day and drawn
 * across its whole period; an approximate end reaches the end of its period too.
 */
export function timelineDaysOf(contact: Pick<Contact, 'start' | 'end'>): {
  startDay: number;
  endDay: number | null;
  periodEndDay: number | null;
} {
  const { start, end } = contact;
  return {
    startDay: earliestDay(start),
    endDay: end === null ? null : isExactDate(end) ? toDayNumber(end) : latestDay(end) + 1,
    periodEndDay: isExactDate(start) ? null : latestDay(start) + 1,
  };
}
