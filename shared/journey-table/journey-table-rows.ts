import type { ContactCost } from '../costing/contact-cost';
import { formatPence, roundToPenny } from '../costing/money';
import {
  datePart,
  earliestDay,
  formatDateAsWritten,
  hasTime,
  type Agency,
  type Contact,
  type LocalDateTime,
} from '../model';

/** One contact as a row of the journey's table: the timeline's equivalent in text. */
export interface JourneyTableRow {
  contactId: string;
  start: LocalDateTime;
  /** The earliest moment the date can mean (earliestDay): the table orders by it. */
  earliest: number;
  /** dd/mm/yyyy, or an approximate date as written (Oct 2018, c. 2016). */
  date: string;
  /** hh:mm, or '' when no time was recorded. */
  time: string;
  agency: string;
  contactType: string;
  /** Rounded pence at the price base; null while not costed (never shown as £0). */
  costPence: number | null;
  /** What the cost cell says: £719.00, "not costed", or "costing…" before the totals arrive. */
  costText: string;
  missedOpportunity: boolean;
  category: string;
}

export const JOURNEY_TABLE_COLUMNS = [
  'date',
  'time',
  'agency',
  'contactType',
  'cost',
  'missedOpportunity',
  'category',
] as const;
export type JourneyTableColumn = (typeof JOURNEY_TABLE_COLUMNS)[number];

export interface JourneyTableSort {
  column: JourneyTableColumn;
  descending: boolean;
}

/**
 * The table's rows, costed by the costing engine (`costs` is journeyTotals' contactCosts at the
 * price base; undefined while the journey is still being costed).
 */
export function journeyTableRows(
  contacts: readonly Contact[],
  agencies: readonly Agency[],
  costs: ReadonlyMap<string, ContactCost> | undefined,
): JourneyTableRow[] {
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name]));
  return contacts.map((contact) => {
    const cost = costs?.get(contact.id);
    const costPence = cost === undefined || cost.status === 'uncosted' ? null : roundToPenny(cost.amount);
    return {
      contactId: contact.id,
      start: contact.start,
      earliest: earliestDay(contact.start),
      date: formatDateAsWritten(datePart(contact.start)),
      time: hasTime(contact.start) ? contact.start.slice(11, 16) : '',
      agency: agencyNames.get(contact.agencyId) ?? 'Unknown agency',
      contactType: contact.contactType,
      costPence,
      costText: costPence !== null ? formatPence(costPence) : costs === undefined ? 'costing…' : 'not costed',
      missedOpportunity: contact.missedOpportunity !== null,
      category: contact.missedOpportunity?.category ?? '',
    };
  });
}

function compare(a: JourneyTableRow, b: JourneyTableRow, column: JourneyTableColumn): number {
  switch (column) {
    case 'date':
      // By earliest day: "2016" comes before 03/02/2016, and "Oct 2018" before 15/10/2018.
      return a.earliest - b.earliest || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
    case 'cost':
      // Uncosted contacts have no amount to order by: they go after every costed one, either way round.
      return (a.costPence ?? Infinity) - (b.costPence ?? Infinity);
    case 'missedOpportunity':
      return Number(b.missedOpportunity) - Number(a.missedOpportunity);
    default:
      return a[column].localeCompare(b[column], 'en-GB');
  }
}

/**
 * The rows whose text contains `filter` (any column, any case), in the chosen order; ties keep
 * time order, so a sort by agency reads as each agency's own chronology.
 */
export function sortAndFilterRows(
  rows: readonly JourneyTableRow[],
  sort: JourneyTableSort,
  filter: string,
): JourneyTableRow[] {
  const needle = filter.trim().toLocaleLowerCase('en-GB');
  const shown = needle === '' ? [...rows] : rows.filter((r) => searchText(r).includes(needle));
  const direction = sort.descending ? -1 : 1;
  return shown.sort((a, b) => {
    const uncostedLast = sort.column === 'cost' && (a.costPence === null) !== (b.costPence === null);
    if (uncostedLast) return a.costPence === null ? 1 : -1;
    return compare(a, b, sort.column) * direction || compare(a, b, 'date');
  });
}

function searchText(row: JourneyTableRow): string {
  return [
    row.date,
    row.time,
    row.agency,
    row.contactType,
    row.costText,
    row.missedOpportunity ? 'missed opportunity' : '',
    row.category,
  ]
    .join(' ')
    .toLocaleLowerCase('en-GB');
}
