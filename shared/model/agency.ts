import { z } from 'zod';
import { Id } from './ids';

export const SECTORS = [
  'Police',
  'Ambulance',
  'Acute health',
  'Mental health',
  'Primary care',
  'Housing',
  'Probation',
  'Prisons',
  'Courts',
  'Drug and alcohol treatment',
  'Adult social care',
  "Children's social care",
  'Education',
  'Employment and benefits',
  'Fire and rescue',
  'Third sector',
  'Other',
] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

/** An organisation a person has contact with; each agency is one swimlane on the timeline. */
export const Agency = z.object({
  id: Id,
  name: z.string().trim().min(1, 'an agency needs a name').max(200),
  sector: Sector,
  colour: HexColour,
  laneOrder: z.number().int(),
  hidden: z.boolean().default(false),
});
export type Agency = z.infer<typeof Agency>;

/** Colours chosen to stay distinguishable for common colour-vision deficiencies (Okabe-Ito plus tints). */
export const AGENCY_PALETTE = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9',
  '#7A5195', '#8C564B', '#3B7D23', '#B8860B', '#1F4E79', '#A23B72',
] as const;

export function paletteColour(index: number): string {
  return AGENCY_PALETTE[((index % AGENCY_PALETTE.length) + AGENCY_PALETTE.length) % AGENCY_PALETTE.length];
}
