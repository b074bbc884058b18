import { MONTH_NAMES, WEEKDAY_NAMES, dayOf, pad2, partsOf } from './calendar';
import { dayToX, xToDay, type TimeScale } from './time-scale';

export type AxisGranularity = 'years' | 'quarters' | 'months' | 'weeks' | 'days';

export interface Tick {
  x: number;
  day: number;
  label: string;
}

/** Labelled ticks never come closer than this, so labels never collide. */
export const MIN_LABEL_SPACING_PX = 84;

const AVERAGE_DAYS: Record<AxisGranularity, number> = {
  years: 365.25,
  quarters: 91.3,
  months: 30.44,
  weeks: 7,
  days: 1,
};
const ORDER: AxisGranularity[] = ['days', 'weeks', 'months', 'quarters', 'years'];

/** The finest calendar unit whose shortest instance still leaves room for a label. */
export function axisGranularity(scale: TimeScale): AxisGranularity {
  const shortest: Record<AxisGranularity, number> = {
    years: 365,
    quarters: 90,
    months: 28,
    weeks: 7,
    days: 1,
  };
  for (const unit of ORDER) if (shortest[unit] * scale.pxPerDay >= MIN_LABEL_SPACING_PX) return unit;
  return 'years';
}

function unitStarts(unit: AxisGranularity, fromDay: number, toDay: number): number[] {
  const starts: number[] = [];
  const from = partsOf(fromDay);
  if (unit === 'days') {
    for (let d = Math.floor(fromDay); d <= toDay; d += 1) starts.push(d);
  } else if (unit === 'weeks') {
    // Weeks start on Monday, as UK calendars do.
    let d = Math.floor(fromDay) - ((from.weekday + 6) % 7);
    for (; d <= toDay; d += 7) starts.push(d);
  } else {
    const step = unit === 'years' ? 12 : unit === 'quarters' ? 3 : 1;
    let monthIndex = unit === 'years' ? 0 : from.monthIndex - (from.monthIndex % step);
    let year = from.year;
    for (let d = dayOf(year, monthIndex); d <= toDay; d = dayOf(year, monthIndex)) {
      starts.push(d);
      monthIndex += step;
      if (monthIndex >= 12) {
        year += Math.floor(monthIndex / 12);
        monthIndex %= 12;
      }
    }
  }
  return starts;
}

function label(unit: AxisGranularity, day: number): string {
  const p = partsOf(day);
  switch (unit) {
    case 'years':
      return String(p.year);
    case 'quarters':
    case 'months':
      return p.monthIndex === 0 ? `${MONTH_NAMES[0]} ${p.year}` : `${MONTH_NAMES[p.monthIndex]} ${p.year}`;
    case 'weeks':
      return `${pad2(p.date)}/${pad2(p.monthIndex + 1)}/${p.year}`;
    case 'days':
      return `${WEEKDAY_NAMES[p.weekday]} ${pad2(p.date)}/${pad2(p.monthIndex + 1)}`;
  }
}

const MINOR_OF: Record<AxisGranularity, AxisGranularity | null> = {
  years: 'months',
  quarters: 'months',
  months: 'weeks',
  weeks: 'days',
  days: null,
};

/** Labelled major ticks at the chosen granularity, unlabelled minor ticks one step finer. */
export function axisTicks(
  scale: TimeScale,
  fromX: number,
  toX: number,
): { granularity: AxisGranularity; major: Tick[]; minor: Tick[] } {
  const granularity = axisGranularity(scale);
  const fromDay = xToDay(scale, fromX) - AVERAGE_DAYS[granularity];
  const toDay = xToDay(scale, toX);
  const major = unitStarts(granularity, fromDay, toDay).map((day) => ({
    x: dayToX(scale, day),
    day,
    label: label(granularity, day),
  }));
  const minorUnit = MINOR_OF[granularity];
  const minor =
    minorUnit === null || AVERAGE_DAYS[minorUnit] * scale.pxPerDay < 4
      ? []
      : unitStarts(minorUnit, fromDay, toDay).map((day) => ({ x: dayToX(scale, day), day, label: '' }));
  return { granularity, major, minor };
}
