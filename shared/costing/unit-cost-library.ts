import { z } from 'zod';
import { UnitCost } from '../model';

/** A shareable unit-cost library file, as shipped in samples/unit-costs and exported by users. */
export const UnitCostLibraryFile = z.object({
  type: z.literal('journey-mapper/unit-cost-library'),
  version: z.literal(1),
  source: z.string(),
  unitCosts: z.array(UnitCost),
});
export type UnitCostLibraryFile = z.infer<typeof UnitCostLibraryFile>;

export type LibraryReadResult = { ok: true; library: UnitCostLibraryFile } | { ok: false; errors: string[] };

/** Parses library text; every problem is named by the entry and field it is in. */
export function readUnitCostLibrary(text: string, fileName: string): LibraryReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName} is not JSON: ${(error as Error).message}`] };
  }
  const parsed = UnitCostLibraryFile.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((i) => `${fileName}, ${i.path.join('.') || 'file'}: ${i.message}`) };
  }
  const ids = new Set<string>();
  const duplicates = parsed.data.unitCosts.filter((u) => (ids.has(u.id) ? true : (ids.add(u.id), false)));
  if (duplicates.length > 0) return { ok: false, errors: duplicates.map((u) => `${fileName}: the id "${u.id}" is used by more than one entry`) };
  return { ok: true, library: parsed.data };
}

export function writeUnitCostLibrary(unitCosts: readonly UnitCost[], source: string): string {
  const file: UnitCostLibraryFile = { type: 'journey-mapper/unit-cost-library', version: 1, source, unitCosts: [...unitCosts] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Case-insensitive search over name, who bears the cost, and source; every word must match. */
export function searchUnitCosts(unitCosts: readonly UnitCost[], query: string): readonly UnitCost[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return unitCosts;
  return unitCosts.filter((u) => {
    const text = `${u.name} ${u.costBearer} ${u.source} ${u.priceYear}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
