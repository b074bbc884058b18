import { fromDayNumber, type LocalDate, type LocalDateTime } from '../../shared/model';

// A cohort of a million contacts falls on a few thousand distinct days: format each day once.
const dates = new Map<number, LocalDate>();

export function dayText(day: number): LocalDate {
  let text = dates.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    dates.set(day, text);
  }
  return text;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2019-02-03`, or `2019-02-03T23:10` when a time of day (minutes after midnight) was recorded. */
export function stamp(day: number, minute: number | null): LocalDateTime {
  if (minute === null) return dayText(day);
  return `${dayText(day)}T${twoDigits(Math.floor(minute / 60))}:${twoDigits(minute % 60)}`;
}
