import { bisector } from 'd3-array';
import {
  datePart,
  earliestDay,
  formatDateAsWritten,
  latestDay,
  periodDays,
  type Agency,
  type Contact,
  type LocalDateTime,
  type Sector,
} from '../model';

/** A contact as the rules read it: its calendar day, its agency's sector and what it says. */
export interface RuleContact {
  contact: Contact;
  /** Whole day number of the start date: windows are counted in calendar days, whatever the times. */
  day: number;
  /** When it ended (its start when no end was recorded): what follows a closure or a release follows this. */
  endsAt: LocalDateTime;
  endDay: number;
  sector: Sector | null;
  agencyName: string;
  /** Contact type and outcome, the two fields whose words the rules look for. */
  text: string;
}

/**
 * The rules count days (three A&E attendances in 90 days), so a contact whose date is vaguer than
 * a month (a quarter, a season, a year, a longer range) cannot be placed in their windows: the
 * rules leave it out, and the suggestions panel says how many were left out. A month or shorter
 * period is read at its earliest day, its end at its last.
 */
export const LONGEST_PERIOD_FOR_RULES_DAYS = 31;

export function tooVagueForRules(contact: Pick<Contact, 'start' | 'end'>): boolean {
  return (
    periodDays(contact.start) > LONGEST_PERIOD_FOR_RULES_DAYS ||
    (contact.end !== null && periodDays(contact.end) > LONGEST_PERIOD_FOR_RULES_DAYS)
  );
}

/** One case's contacts in start order (ties by id, so suggestions come out the same every time). */
export function ruleJourney(contacts: Contact[], agencies: Map<string, Agency>): RuleContact[] {
  return contacts
    .filter((contact) => !tooVagueForRules(contact))
    .map((contact) => {
      const agency = agencies.get(contact.agencyId);
      const ruleContact: RuleContact = {
        contact,
        day: Math.floor(earliestDay(contact.start)),
        endsAt: contact.end ?? contact.start,
        endDay: Math.floor(latestDay(contact.end ?? contact.start)),
        sector: agency?.sector ?? null,
        agencyName: agency?.name ?? 'an unknown agency',
        text: `${contact.contactType}\n${contact.outcome}`,
      };
      return { ruleContact, order: earliestDay(contact.start) };
    })
    .sort((a, b) => a.order - b.order || a.ruleContact.contact.id.localeCompare(b.ruleContact.contact.id))
    .map((c) => c.ruleContact);
}

/** The journey is in day order: `left` is the index of the first contact on or after a day. */
const byDay = bisector((contact: RuleContact) => contact.day);

/** Contacts starting on calendar days `fromDay` to `toDay`, both included. */
export function contactsBetween(journey: RuleContact[], fromDay: number, toDay: number): RuleContact[] {
  return journey.slice(byDay.left(journey, fromDay), byDay.left(journey, toDay + 1));
}

export function inSectors(contact: RuleContact, sectors: readonly Sector[]): boolean {
  return contact.sector !== null && sectors.includes(contact.sector);
}

/** dd/mm/yyyy without the time (the explanations speak in days), or an approximate date as written. */
export function ukDay(value: LocalDateTime): string {
  return formatDateAsWritten(datePart(value));
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const LONGEST_QUOTE = 80;

function shortened(text: string): string {
  return text.length <= LONGEST_QUOTE ? text : `${text.slice(0, LONGEST_QUOTE - 1).trimEnd()}…`;
}

/** How a contact is named in an explanation: its type and, when recorded, its outcome. */
export function describeContact(c: RuleContact): string {
  const outcome = shortened(c.contact.outcome.trim());
  const when =
    c.endDay === c.day
      ? `on ${ukDay(c.contact.start)}`
      : `from ${ukDay(c.contact.start)} to ${ukDay(c.endsAt)}`;
  return `"${c.contact.contactType}${outcome === '' ? '' : ` (${outcome})`}" with ${c.agencyName} ${when}`;
}
