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
});
export type UnitCost = z.infer<typeof UnitCost>;
