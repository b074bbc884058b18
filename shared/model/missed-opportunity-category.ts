import { z } from 'zod';
import { Id } from './ids';

/** The kinds of missed opportunity found in the source reviews; users extend the list. */
export const DEFAULT_MISSED_OPPORTUNITY_CATEGORIES = [
  'No referral made',
  'Threshold not met / no clear diagnosis',
  'Services disagree who acts first (dual diagnosis)',
  'Support withdrawn when things quietened (yo-yo response)',
  "'Failure to engage' with no assertive outreach",
  'Information held but not shared',
  'Victim support not triggered',
  'Discharged or released with no accommodation',
  'Evicted or excluded to the street',
  'Risk not reassessed',
] as const;

export const MissedOpportunityCategory = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000).default(''),
});
export type MissedOpportunityCategory = z.infer<typeof MissedOpportunityCategory>;
