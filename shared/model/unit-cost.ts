import { z } from 'zod';
import { FinancialYear } from './financial-year';
import { Id } from './ids';

export const COST_UNITS = ['contact', 'hour', 'day', 'night', 'week', 'month'] as const;
export const CostUnit = z.enum(COST_UNITS);
export type CostUnit = z.infer<typeof CostUnit>;

/** Many published costs carry no price year (the Safe Space review states none): say so, never guess. */
export const PriceYear = z.union([FinancialYear, z.literal('unknown')]);
export type PriceYear = z.infer<typeof PriceYear>;

/** One entry of the unit-cost library: what one unit of a contact costs, and who says so. */
export const UnitCost = z.object({
  id: Id,
  name: z.string().trim().min(1, 'a unit cost needs a name').max(300),
  /** The organisation that bears the cost (Police, NHS acute trust, Local authority housing...). */
  costBearer: z.string().trim().min(1, 'a unit cost needs the organisation that bears it').max(200),
  unit: CostUnit,
  amountPence: z.number().int().min(0),
  priceYear: PriceYear,
  source: z.string().trim().min(1, 'a unit cost needs its source').max(2_000),
  /** 1 = weak (assumption), 5 = strong (audited national data); GMCA's R/A/G maps to 2/3/4. */
  confidence: z.number().int().min(1).max(5),
  notes: z.string().max(5_000).default(''),
  retired: z.boolean().default(false),
  /** The publisher's own code for the cost (GMCA's "CR7.1"): a later import of the same database matches on it. */
  code: z.string().trim().min(1).max(40).optional(),
  /** Who bears the cost more narrowly, where the publisher says (GMCA's "Level 2": Prison under Criminal Justice System). */
  costBearerDetail: z.string().trim().min(1).max(200).optional(),
  /** The unit as published ("Per person per year") when the library's own unit is only the nearest it has. */
  publishedUnit: z.string().trim().min(1).max(200).optional(),
  /** The credit a licence asks for (CC BY 4.0: GMCA / New Economy), kept with the figure into every export that uses it. */
  attribution: z.string().trim().min(1).max(500).optional(),
});
export type UnitCost = z.infer<typeof UnitCost>;
