import { MONTH_NAMES, pad2, partsOf } from './calendar';

const DAYS_PER_MONTH = 365.25 / 12;

function monthYear(day: number): string {
  const { year, monthIndex } = partsOf(day);
  return `${MONTH_NAMES[monthIndex]} ${year}`;
}

function dayMonthYear(day: number): string {
  const { year, monthIndex, date } = partsOf(day);
  return `${pad2(date)} ${MONTH_NAMES[monthIndex]} ${year}`;
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/** How much time the view spans, in the unit a person would use for it: the zoom level in words. */
function spanText(days: number): string {
  if (days < 2 * 31) return `about ${plural(Math.max(1, Math.round(days)), 'day')} across`;
  if (days < 2 * 365) return `about ${plural(Math.round(days / DAYS_PER_MONTH), 'month')} across`;
  return `about ${plural(Math.round(days / 365.25), 'year')} across`;
}

/**
 * What the timeline says (politely) when its zoom or view changes: the dates from the left edge
 * to the right and how long that is, e.g. "Showing Mar 2019 to Jun 2019, about 3 months across".
 * Within two months the days are named, since months alone would not say where the view is.
 */
export function describeView(fromDay: number, toDay: number, wholeJourney: boolean): string {
  const span = toDay - fromDay;
  const name = span < 2 * 31 ? dayMonthYear : monthYear;
  const range = `${name(fromDay)} to ${name(toDay)}, ${spanText(span)}`;
  return wholeJourney ? `Showing the whole journey, ${range}` : `Showing ${range}`;
}
