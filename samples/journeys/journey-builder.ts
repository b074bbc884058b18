import {
  fromDayNumber,
  isLocalDate,
  isLocalDateTime,
  parseUkDateInput,
  toDayNumber,
  type Case,
  type Contact,
  type LIFE_EVENT_KINDS,
  type LifeEvent,
  type Link,
  type LinkKind,
  type LocalDateTime,
  type MissedOpportunity,
} from '../../shared/model';
import { GENERATED_AT } from '../generator/case-plan';
import type { CaseJourney } from '../generator/case-journey';
import type { MissedCategory } from '../generator/missed-opportunities';
import { SAMPLE_KINDS, type SampleKindKey } from './sample-kinds';

/** What a sample's case record says about the person, written by hand. */
export type CaseRecord = Pick<Case, 'pseudonym' | 'designatedLead' | 'riskGrade' | 'status' | 'notes'> & {
  id: string;
  /** dd/mm/yyyy; left out for a family. */
  dateOfBirth?: string;
  interventionDate?: string;
};

export interface EntryOptions {
  /** dd/mm/yyyy [hh:mm]: the last day of a stay, or the end of a timed contact. */
  end?: string;
  /** Instead of `end`: a stay of this many nights. */
  nights?: number;
  quantity?: number;
  outcome?: string;
  /** What the record says, in the plain words of the case notes. */
  note?: string;
  missed?: MissedOpportunity;
}

/** A contact written into a sample; pass it to `link` to join two contacts. */
export interface Entry {
  readonly order: number;
  readonly start: LocalDateTime;
  readonly key: SampleKindKey;
  readonly options: EntryOptions;
}

export function mo(category: MissedCategory, note: string, shouldHaveHappened: string): MissedOpportunity {
  return { category, note, shouldHaveHappened };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Writes one sample journey in the order a reader tells it, with dates as case notes write them
 * (dd/mm/yyyy, optionally hh:mm); contacts are numbered in date order when the journey is built.
 * A date that is not real stops the build with the journey and the date named.
 */
export class JourneyBuilder {
  private readonly entries: Entry[] = [];
  private readonly links: Array<{ from: Entry; to: Entry; kind: LinkKind; label: string }> = [];
  private readonly events: Array<{ date: string; kind: string; note: string }> = [];

  constructor(private readonly record: CaseRecord) {}

  private date(text: string): LocalDateTime {
    const read = parseUkDateInput(text);
    if (!read.ok || !isLocalDateTime(read.value))
      throw new Error(`${this.record.pseudonym}: ${read.ok ? `"${text}" is not a real date` : read.reason}`);
    return read.value;
  }

  private day(text: string): string {
    const value = this.date(text);
    if (!isLocalDate(value))
      throw new Error(`${this.record.pseudonym}: "${text}" must be a date without a time`);
    return value;
  }

  private end(e: Entry): LocalDateTime | null {
    if (e.options.nights !== undefined)
      return fromDayNumber(Math.floor(toDayNumber(e.start)) + e.options.nights);
    return e.options.end === undefined ? null : this.date(e.options.end);
  }

  add(when: string, key: SampleKindKey, options: EntryOptions = {}): Entry {
    const entry: Entry = { order: this.entries.length, start: this.date(when), key, options };
    if (options.end !== undefined && options.nights !== undefined)
      throw new Error(
        `${this.record.pseudonym}: the contact of ${when} gives both an end and a number of nights`,
      );
    if (options.end !== undefined && toDayNumber(this.date(options.end)) < toDayNumber(entry.start)) {
      throw new Error(
        `${this.record.pseudonym}: the contact of ${when} ends (${options.end}) before it starts`,
      );
    }
    this.entries.push(entry);
    return entry;
  }

  /** The same contact `times` times, `everyDays` apart from `first` (weekly appointments, fortnightly reviews). */
  every(
    first: string,
    everyDays: number,
    times: number,
    key: SampleKindKey,
    options: EntryOptions = {},
  ): Entry[] {
    const start = this.date(first);
    const time = start.length > 10 ? start.slice(10) : '';
    return Array.from({ length: times }, (_, i) => {
      const day = fromDayNumber(toDayNumber(start.slice(0, 10)) + i * everyDays);
      const [y, m, d] = day.split('-');
      return this.add(`${d}/${m}/${y}${time.replace('T', ' ')}`, key, options);
    });
  }

  link(from: Entry, to: Entry, kind: LinkKind, label = ''): void {
    this.links.push({ from, to, kind, label });
  }

  event(date: string, kind: (typeof LIFE_EVENT_KINDS)[number], note: string): void {
    this.events.push({ date: this.day(date), kind, note });
  }

  build(): CaseJourney {
    const r = this.record;
    const caseId = `sample-${r.id}`;
    const ordered = [...this.entries].sort(
      (a, b) => toDayNumber(a.start) - toDayNumber(b.start) || a.order - b.order,
    );
    const ids = new Map<Entry, string>();
    const contacts = ordered.map((e, i): Contact => {
      const id = `${caseId}-c${pad(i + 1, 3)}`;
      ids.set(e, id);
      const kind = SAMPLE_KINDS[e.key];
      return {
        id,
        caseId,
        agencyId: kind.agencyId,
        contactType: kind.contactType,
        start: e.start,
        end: this.end(e),
        quantity: e.options.quantity ?? null,
        outcome: e.options.outcome ?? '',
        description: e.options.note ?? '',
        missedOpportunity: e.options.missed ?? null,
        unitCostId: kind.unitCostId,
        costOverride: null,
        createdAt: GENERATED_AT,
        updatedAt: GENERATED_AT,
      };
    });
    const links = this.links.map((l, i): Link => ({
      id: `${caseId}-l${pad(i + 1, 2)}`,
      caseId,
      fromContactId: ids.get(l.from)!,
      toContactId: ids.get(l.to)!,
      kind: l.kind,
      label: l.label,
    }));
    const lifeEvents = [...this.events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e, i): LifeEvent => ({
        id: `${caseId}-e${pad(i + 1, 2)}`,
        caseId,
        date: e.date,
        kind: e.kind,
        note: e.note,
      }));
    const theCase: Case = {
      id: caseId,
      pseudonym: r.pseudonym,
      knownNames: [],
      designatedLead: r.designatedLead,
      status: r.status,
      riskGrade: r.riskGrade,
      notes: r.notes,
      dateOfBirth: r.dateOfBirth === undefined ? null : this.day(r.dateOfBirth),
      interventionDate: r.interventionDate === undefined ? null : this.day(r.interventionDate),
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
    };
    return { case: theCase, contacts, links, lifeEvents };
  }
}
