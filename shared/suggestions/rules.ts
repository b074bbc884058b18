import { startsStrictlyLater } from '../costing/cost-after';
import { keywordMatcher } from './keywords';
import { contactsBetween, describeContact, inSectors, orList, ukDay, type RuleContact } from './rule-journey';
import type {
  FailedToEngageSettings,
  ReleaseWithoutAccommodationSettings,
  RepeatCrisisSettings,
  RuleId,
  YoYoSettings,
} from './rule-settings';

/** What a rule found: the contact a flag would go on and the contacts that make the case for it. */
export interface Finding {
  ruleId: RuleId;
  flagged: RuleContact;
  /** The contacts the finding rests on, flagged one included: they make the suggestion's key. */
  triggers: RuleContact[];
  explanation: string;
}

/** Days from the end of one contact to the start of a later one. */
function daysLater(from: RuleContact, to: RuleContact): string {
  const days = to.day - from.endDay;
  if (days === 0) return 'Later the same day';
  return days === 1 ? '1 day later' : `${days} days later`;
}

const quoted = (words: readonly string[]) => orList(words.map((w) => `"${w}"`));

/**
 * N crisis contacts in a row within the window, with no contact with a support sector and no
 * referral between the first and the last. The flag goes on the Nth. A run that fired is not
 * counted again, so 6 attendances in a quarter suggest two flags (on the 3rd and the 6th), not four.
 */
export function repeatCrisis(journey: RuleContact[], s: RepeatCrisisSettings): Finding[] {
  const referral = keywordMatcher(s.referralKeywords);
  const crises = journey.filter((c) => inSectors(c, s.crisisSectors));
  const found: Finding[] = [];
  let runStart = 0;
  for (let last = s.crisisContacts - 1; last < crises.length; last++) {
    const run = crises.slice(last - s.crisisContacts + 1, last + 1);
    if (last - s.crisisContacts + 1 < runStart) continue;
    const [first, flagged] = [run[0], run[run.length - 1]];
    if (flagged.day - first.day > s.windowDays) continue;
    const helped = contactsBetween(journey, first.day, flagged.day).some(
      (c) => inSectors(c, s.supportSectors) || referral(c.text),
    );
    if (helped) continue;
    runStart = last + 1;
    found.push({
      ruleId: 'repeat-crisis',
      flagged,
      triggers: run,
      explanation:
        `${run.length} contacts with ${orList(s.crisisSectors)} services between ${ukDay(first.contact.start)} and ${ukDay(flagged.contact.start)} ` +
        `(${flagged.day - first.day} days), with no contact with ${orList(s.supportSectors)} services and no ${quoted(s.referralKeywords)} in that time.`,
    });
  }
  return found;
}

/**
 * A service other than a crisis service closes the case, and a crisis contact starts strictly
 * later than the closing contact ends, within the window. A crisis service "discharging" someone
 * is not a service letting go.
 */
export function yoYo(journey: RuleContact[], s: YoYoSettings): Finding[] {
  const closure = keywordMatcher(s.closureKeywords);
  return journey
    .filter((c) => !inSectors(c, s.crisisSectors) && closure(c.text))
    .flatMap((closing) => {
      const crisis = contactsBetween(journey, closing.endDay, closing.endDay + s.withinDays).find(
        (c) => inSectors(c, s.crisisSectors) && startsStrictlyLater(c.contact.start, closing.endsAt),
      );
      if (crisis === undefined) return [];
      return [
        {
          ruleId: 'yo-yo' as const,
          flagged: closing,
          triggers: [closing, crisis],
          explanation: `The case was closed: ${describeContact(closing)}. ${daysLater(closing, crisis)} came a crisis contact: ${describeContact(crisis)}.`,
        },
      ];
    });
}

/**
 * A release or discharge with no housing contact in the days around it, followed (strictly later,
 * within the window) by rough sleeping or an arrest. The contact type must say release or
 * discharge, or else the outcome of a stay of a night or more: an A&E attendance "discharged" the
 * same day is not a discharge from hospital. A stay is left when it ends. A housing contact that
 * itself records rough sleeping is not accommodation.
 */
export function releaseWithoutAccommodation(
  journey: RuleContact[],
  s: ReleaseWithoutAccommodationSettings,
): Finding[] {
  const release = keywordMatcher(s.releaseKeywords);
  const harm = keywordMatcher(s.harmKeywords);
  return journey
    .filter(
      (c) =>
        inSectors(c, s.releaseSectors) &&
        (release(c.contact.contactType) || (c.endDay > c.day && release(c.contact.outcome))),
    )
    .flatMap((released) => {
      const housed = contactsBetween(
        journey,
        released.endDay - s.housingDays,
        released.endDay + s.housingDays,
      ).some((c) => inSectors(c, s.housingSectors) && !harm(c.text));
      if (housed) return [];
      const harmed = contactsBetween(journey, released.endDay, released.endDay + s.withinDays).find(
        (c) => harm(c.text) && startsStrictlyLater(c.contact.start, released.endsAt),
      );
      if (harmed === undefined) return [];
      return [
        {
          ruleId: 'release-without-accommodation' as const,
          flagged: released,
          triggers: [released, harmed],
          explanation:
            `Released or discharged with no ${orList(s.housingSectors)} contact in the ${s.housingDays} days before or after: ${describeContact(released)}. ` +
            `${daysLater(released, harmed)}: ${describeContact(harmed)}.`,
        },
      ];
    });
}

/**
 * Non-engagement recorded, and no outreach within the window after the contact ends. Outreach on
 * that date counts unless both times are known and it came first.
 */
export function failedToEngage(journey: RuleContact[], s: FailedToEngageSettings): Finding[] {
  const nonEngagement = keywordMatcher(s.nonEngagementKeywords);
  const outreach = keywordMatcher(s.outreachKeywords);
  return journey
    .filter((c) => nonEngagement(c.text))
    .flatMap((missed) => {
      const followedUp = contactsBetween(journey, missed.endDay, missed.endDay + s.withinDays).some(
        (c) =>
          c !== missed &&
          !startsStrictlyLater(missed.endsAt, c.contact.start) &&
          (outreach(c.text) || inSectors(c, s.outreachSectors)),
      );
      if (followedUp) return [];
      const outreachWords = [
        ...s.outreachKeywords.map((k) => `"${k}"`),
        ...s.outreachSectors.map((sector) => `${sector} services`),
      ];
      return [
        {
          ruleId: 'failed-to-engage' as const,
          flagged: missed,
          triggers: [missed],
          explanation: `Non-engagement was recorded: ${describeContact(missed)}. No outreach (${orList(outreachWords)}) followed within ${s.withinDays} days.`,
        },
      ];
    });
}
