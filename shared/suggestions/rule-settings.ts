import { z } from 'zod';
import { DEFAULT_MISSED_OPPORTUNITY_CATEGORIES, Sector } from '../model';

export const RULE_IDS = [
  'repeat-crisis',
  'yo-yo',
  'release-without-accommodation',
  'failed-to-engage',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

type DefaultCategory = (typeof DEFAULT_MISSED_OPPORTUNITY_CATEGORIES)[number];

const Keywords = (defaults: string[]) =>
  z
    .array(z.string().trim().min(1).max(100))
    .max(50)
    .default(() => [...defaults]);
const Sectors = (defaults: Sector[]) =>
  z
    .array(Sector)
    .max(50)
    .default(() => [...defaults]);
const Days = (days: number) => z.number().int().min(0).max(3_650).default(days);
// The suggested names are the shipped categories, so a suggestion lands in the list users already count by.
const Category = (name: DefaultCategory) => z.string().trim().min(1).max(200).default(name);

const CRISIS_SECTORS: Sector[] = ['Police', 'Ambulance', 'Acute health'];

/** Repeated A&E attendances or ambulance call-outs with no mental health or treatment contact and no referral. */
export const RepeatCrisisSettings = z.object({
  enabled: z.boolean().default(true),
  crisisContacts: z.number().int().min(2).max(50).default(3),
  windowDays: Days(90),
  crisisSectors: Sectors(['Acute health', 'Ambulance']),
  supportSectors: Sectors(['Mental health', 'Drug and alcohol treatment']),
  referralKeywords: Keywords(['referral']),
  category: Category('No referral made'),
});

/** A service closes the case and a crisis follows soon after. */
export const YoYoSettings = z.object({
  enabled: z.boolean().default(true),
  closureKeywords: Keywords(['closed', 'discharged', 'case closed', 'closure']),
  withinDays: Days(30),
  crisisSectors: Sectors(CRISIS_SECTORS),
  category: Category('Support withdrawn when things quietened (yo-yo response)'),
});

/** Release from prison or discharge from hospital with no housing contact, then rough sleeping or an arrest. */
export const ReleaseWithoutAccommodationSettings = z.object({
  enabled: z.boolean().default(true),
  releaseKeywords: Keywords(['release', 'released', 'discharge']),
  // Police custody also "releases" people (released under investigation); that is not a release from prison.
  releaseSectors: Sectors(['Prisons', 'Probation', 'Acute health', 'Mental health']),
  housingSectors: Sectors(['Housing']),
  housingDays: Days(14),
  harmKeywords: Keywords(['rough sleep', 'arrest']),
  withinDays: Days(14),
  category: Category('Discharged or released with no accommodation'),
});

/** Recorded non-engagement with no outreach after it. */
export const FailedToEngageSettings = z.object({
  enabled: z.boolean().default(true),
  nonEngagementKeywords: Keywords(['failed to engage', 'did not attend', 'DNA', 'no show']),
  outreachKeywords: Keywords(['outreach']),
  outreachSectors: Sectors(['Third sector']),
  withinDays: Days(14),
  category: Category("'Failure to engage' with no assertive outreach"),
});

/** Settings of every rule; a missing rule or field takes its default, so settings saved by older versions still read. */
export const RuleSettings = z.object({
  'repeat-crisis': RepeatCrisisSettings.prefault({}),
  'yo-yo': YoYoSettings.prefault({}),
  'release-without-accommodation': ReleaseWithoutAccommodationSettings.prefault({}),
  'failed-to-engage': FailedToEngageSettings.prefault({}),
});
export type RuleSettings = z.infer<typeof RuleSettings>;
export type RepeatCrisisSettings = RuleSettings['repeat-crisis'];
export type YoYoSettings = RuleSettings['yo-yo'];
export type ReleaseWithoutAccommodationSettings = RuleSettings['release-without-accommodation'];
export type FailedToEngageSettings = RuleSettings['failed-to-engage'];

export const DEFAULT_RULE_SETTINGS: RuleSettings = RuleSettings.parse({});
