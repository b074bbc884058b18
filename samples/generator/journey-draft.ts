import type { CostOverride, LinkKind, MissedOpportunity } from '../../shared/model';
import { kind, type ContactKind, type KindKey, type TimeProfile } from './contact-kinds';
import { missedOpportunity, type MissedCategory } from './missed-opportunities';
import type { SeededRandom } from './seeded-random';

const MINUTES_PER_DAY = 1440;

/** A contact before ids: days since 1970-01-01 and minutes since midnight (null: no time recorded). */
export interface DraftContact {
  kind: ContactKind;
  day: number;
  minute: number | null;
  endDay: number | null;
  endMinute: number | null;
  outcome: string;
  missed: MissedOpportunity | null;
  override: CostOverride | null;
}

export interface DraftLink {
  from: DraftContact;
  to: DraftContact;
  kind: LinkKind;
  label: string;
}

export interface DraftLifeEvent {
  day: number;
  kind: string;
  note: string;
}

export interface ContactOptions {
  /** Minutes after midnight of `day`; may run past midnight. Omitted: drawn from the kind's time profile. */
  minute?: number | null;
  /** Last day of a stay (admission, B&B, custody...). */
  endDay?: number;
  outcome?: string;
  /** Records this contact as a missed opportunity, over the kind's own chance of being one. */
  missed?: MissedCategory;
  override?: CostOverride;
}

// Relative likelihood of each hour for police, ambulance and A&E: quiet mornings, busy nights.
const NIGHT_HOURS: ReadonlyArray<readonly [number, number]> = [
  5, 4, 3, 2, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 5, 6, 7, 7, 7, 6,
].map((weight, hour) => [hour, weight] as const);

// Office services record a time for some contacts only, which the app must cope with too.
const TIME_RECORDED: Record<TimeProfile, number> = { night: 1, 'shop hours': 1, office: 0.6, daytime: 0.5 };

/** 1970-01-01 was a Thursday: day 0 is weekday 4, counting Sunday as 0. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * One case's journey while it is being written: contacts, links and life events in any order.
 * Anchored episodes draw on a budget so a case ends with exactly its target number of contacts.
 */
export class JourneyDraft {
  readonly contacts: DraftContact[] = [];
  readonly links: DraftLink[] = [];
  readonly lifeEvents: DraftLifeEvent[] = [];
  private room: number;

  constructor(
    readonly rng: SeededRandom,
    episodeBudget: number,
    private readonly absentAgencies: ReadonlySet<string>,
  ) {
    this.room = episodeBudget;
  }

  /** Whether every one of these kinds of contact is with a service this person's needs involve. */
  involves(...keys: KindKey[]): boolean {
    return keys.every((key) => !this.absentAgencies.has(kind(key).agencyId));
  }

  /** Claims room for an episode of `contacts` contacts; an episode that does not fit is left out whole. */
  reserve(contacts: number): boolean {
    if (contacts > this.room) return false;
    this.room -= contacts;
    return true;
  }

  add(key: KindKey, day: number, options: ContactOptions = {}): DraftContact {
    const k = kind(key);
    let minute = options.minute === undefined ? this.minuteFor(k) : options.minute;
    // Offices see people on weekdays; stays start whenever they start.
    if (options.minute === undefined && options.endDay === undefined && k.time === 'office')
      day = this.weekdayFrom(day);
    if (minute !== null && minute >= MINUTES_PER_DAY) {
      day += Math.floor(minute / MINUTES_PER_DAY);
      minute %= MINUTES_PER_DAY;
    }
    // A stay lasts a night at least, even one cut short where the journey's record ends.
    let endDay = options.endDay === undefined ? null : Math.max(options.endDay, day + 1);
    let endMinute: number | null = null;
    if (k.hours !== undefined && minute !== null) {
      const end = day * MINUTES_PER_DAY + minute + this.rng.int(k.hours[0] * 4, k.hours[1] * 4) * 15;
      endDay = Math.floor(end / MINUTES_PER_DAY);
      endMinute = end % MINUTES_PER_DAY;
    }
    const missedCategory =
      options.missed ??
      (k.missed !== undefined && this.rng.chance(k.missed.chance) ? k.missed.category : undefined);
    const contact: DraftContact = {
      kind: k,
      day,
      minute,
      endDay,
      endMinute,
      outcome:
        options.outcome ??
        (k.outcomes !== undefined && this.rng.chance(0.7) ? this.rng.pick(k.outcomes) : ''),
      missed: missedCategory === undefined ? null : missedOpportunity(this.rng, missedCategory),
      override: options.override ?? null,
    };
    this.contacts.push(contact);
    return contact;
  }

  link(from: DraftContact, to: DraftContact, kind: LinkKind, label: string): void {
    this.links.push({ from, to, kind, label });
  }

  event(day: number, kind: string, note = ''): void {
    this.lifeEvents.push({ day, kind, note });
  }

  /** A night-profile time, for episodes that chain contacts minutes apart (call-out, then A&E). */
  nightMinute(): number {
    return this.rng.weighted(NIGHT_HOURS) * 60 + this.rng.int(0, 59);
  }

  private minuteFor(k: ContactKind): number | null {
    if (k.hours === undefined && !this.rng.chance(TIME_RECORDED[k.time])) return null;
    switch (k.time) {
      case 'night':
        return this.nightMinute();
      case 'office':
        return 9 * 60 + this.rng.int(0, 31) * 15;
      case 'shop hours':
      case 'daytime':
        return 8 * 60 + this.rng.int(0, 143) * 5;
    }
  }

  private weekdayFrom(day: number): number {
    const w = weekday(day);
    return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
  }
}
