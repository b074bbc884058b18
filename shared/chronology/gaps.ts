import { earliestDay, fromDayNumber, latestDay, type LocalDate, type LocalDateTime } from '../model';

/** A contact as gap finding sees it: its days and its agency. */
export interface DatedContact {
  start: LocalDateTime;
  end: LocalDateTime | null;
  agency: string;
}

/** A stretch with no contact: `from` is the last day a contact covered before it, `to` the first day of the next. */
export interface Gap {
  from: LocalDate;
  to: LocalDate;
  /** Days from `from` to `to`. */
  days: number;
}

export interface AgencyGap extends Gap {
  agency: string;
}

/** Review guidance asks for periods of no contact to be made explicit; three months is the usual cut. */
export const DEFAULT_GAP_DAYS = 90;

/**
 * Periods longer than `longerThan` days in which no agency had any contact, measured from the last
 * day a contact covered (a stay's last night counts) to the next contact's first day. A gap of
 * exactly `longerThan` days is not listed.
 */
export function findGaps(contacts: readonly DatedContact[], longerThan = DEFAULT_GAP_DAYS): Gap[] {
  const spans = contacts
    // An approximate date covers every day it may fall on: a gap is only where no contact can have been.
    .map((c) => ({ from: Math.floor(earliestDay(c.start)), to: Math.floor(latestDay(c.end ?? c.start)) }))
    .sort((a, b) => a.from - b.from);
  const gaps: Gap[] = [];
  let covered = spans[0]?.to ?? 0;
  for (const span of spans.slice(1)) {
    const days = span.from - covered;
    if (days > longerThan) gaps.push({ from: fromDayNumber(covered), to: fromDayNumber(span.from), days });
    covered = Math.max(covered, span.to);
  }
  return gaps;
}

/** The same, for each agency between its own first and last contact, agencies in name order. */
export function findAgencyGaps(
  contacts: readonly DatedContact[],
  longerThan = DEFAULT_GAP_DAYS,
): AgencyGap[] {
  const byAgency = new Map<string, DatedContact[]>();
  for (const c of contacts) {
    const own = byAgency.get(c.agency) ?? [];
    own.push(c);
    byAgency.set(c.agency, own);
  }
  return [...byAgency.keys()]
    .sort((a, b) => a.localeCompare(b))
    .flatMap((agency) => findGaps(byAgency.get(agency) ?? [], longerThan).map((gap) => ({ agency, ...gap })));
}
