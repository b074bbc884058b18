/** The tables a change set may touch: every row of a case's journey and what prices it. */
export const JOURNEY_TABLES = [
  'cases',
  'agencies',
  'contacts',
  'links',
  'lifeEvents',
  'unitCosts',
  'categories',
  'outcomes',
  'outcomeMeasures',
] as const;
export type JourneyTable = (typeof JOURNEY_TABLES)[number];
