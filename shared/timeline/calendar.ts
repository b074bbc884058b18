/** Calendar arithmetic on day numbers, in UTC so no clock change moves a date. */
const MS_PER_DAY = 86_400_000;

export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export function dayOf(year: number, monthIndex: number, date = 1): number {
  return Date.UTC(year, monthIndex, date) / MS_PER_DAY;
}

export function partsOf(day: number): { year: number; monthIndex: number; date: number; weekday: number } {
  const d = new Date(Math.floor(day) * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    monthIndex: d.getUTCMonth(),
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
