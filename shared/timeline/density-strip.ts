export interface DensityStrip {
  counts: number[];
  missedPositions: number[];
}

/** Contact counts in equal buckets over fromDay..toDay, and missed opportunities as fractions 0..1, for the overview. */
export function densityStrip(
  contactDays: number[],
  missedDays: number[],
  fromDay: number,
  toDay: number,
  buckets: number,
): DensityStrip {
  const counts = new Array<number>(buckets).fill(0);
  const span = Math.max(toDay - fromDay, 1e-9);
  for (const day of contactDays) {
    const bucket = Math.floor(((day - fromDay) / span) * buckets);
    if (bucket >= 0 && bucket <= buckets) counts[Math.min(bucket, buckets - 1)] += 1;
  }
  const missedPositions = missedDays
    .filter((d) => d >= fromDay && d <= toDay)
    .map((d) => (d - fromDay) / span);
  return { counts, missedPositions };
}
