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

/**
 * Lane colours: the Okabe-Ito set, then six picked to stay apart from it and from each other.
 * Every pair differs by a CIEDE2000 of 10 or more in normal vision and under simulated
 * protanopia, deuteranopia and tritanopia (tests/unit/accessibility/colour.test.ts). A colour only
 * ever repeats what the lane's name says, so no one needs it to tell agencies apart.
 */
export const AGENCY_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#881122',
  '#225555',
  '#1111DD',
  '#775544',
  '#771177',
  '#88AA66',
] as const;

export function paletteColour(index: number): string {
  return AGENCY_PALETTE[((index % AGENCY_PALETTE.length) + AGENCY_PALETTE.length) % AGENCY_PALETTE.length];
}
