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
    return {
      ok: false,
      errors: parsed.error.issues
        .slice(0, 20)
        .map((i) => `${fileName}, ${i.path.join('.') || 'file'}: ${i.message}`),
    };
  }
  const ids = new Set<string>();
  const duplicates = parsed.data.unitCosts.filter((u) => (ids.has(u.id) ? true : (ids.add(u.id), false)));
  if (duplicates.length > 0)
    return {
      ok: false,
      errors: duplicates.map((u) => `${fileName}: the id "${u.id}" is used by more than one entry`),
    };
  return { ok: true, library: parsed.data };
}

export function writeUnitCostLibrary(unitCosts: readonly UnitCost[], source: string): string {
  const file: UnitCostLibraryFile = {
    type: 'journey-mapper/unit-cost-library',
    version: 1,
    source,
    unitCosts: [...unitCosts],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * An entry's source with the credit its licence asks for (CC BY 4.0 figures must name their
 * publisher wherever they are used), so a row of an export that uses it carries the credit too.
 */
export function sourceWithAttribution(unitCost: Pick<UnitCost, 'source' | 'attribution'>): string {
  const { source, attribution } = unitCost;
  return attribution === undefined || source.includes(attribution) ? source : `${source} [${attribution}]`;
}

/** The distinct licence credits of the entries an export uses, for its notes. */
export function attributionsOf(unitCosts: ReadonlyArray<Pick<UnitCost, 'attribution'>>): string[] {
  return [...new Set(unitCosts.flatMap((u) => (u.attribution === undefined ? [] : [u.attribution])))].sort();
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

/** Names are compared as an analyst reads them: case and runs of spaces make no difference. */
function comparableName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The entry a typed contact type names: only an entry whose whole name it is, and only when
 * exactly one entry in use has that name. A shorter name the typing passes through on the way
 * ("A&E attendance" on the way to "A&E attendance, no investigation...") is not a match once
 * more is typed, and two entries of one name are for the analyst to tell apart, never a guess.
 */
export function unitCostNamed(unitCosts: readonly UnitCost[], typed: string): UnitCost | null {
  const wanted = comparableName(typed);
  if (wanted === '') return null;
  const named = unitCosts.filter((u) => !u.retired && comparableName(u.name) === wanted);
  return named.length === 1 ? named[0] : null;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
}

/**
 * The entries in use that a typed contact type may mean, closest first: those whose name holds
 * every typed word (the last may be half typed), and failing any, those holding most of the
 * typed words of three letters or more, so a sheet's "A&E attendance (unspecified)" still finds
 * the A&E entries.
 */
export function unitCostCandidates(unitCosts: readonly UnitCost[], typed: string): UnitCost[] {
  const typedWords = words(typed);
  if (typedWords.length === 0) return [];
  const inUse = unitCosts.filter((u) => !u.retired);
  const byName = (a: UnitCost, b: UnitCost) => a.name.localeCompare(b.name);
  const all = inUse.filter((u) => {
    const name = comparableName(u.name);
    return typedWords.every((w) => name.includes(w));
  });
  if (all.length > 0) {
    const wanted = comparableName(typed);
    return all.sort(
      (a, b) =>
        Number(comparableName(b.name) === wanted) - Number(comparableName(a.name) === wanted) || byName(a, b),
    );
  }
  const longWords = typedWords.filter((w) => w.length >= 3);
  const scored = inUse
    .map((u) => {
      const nameWords = words(u.name);
      return { u, score: longWords.filter((w) => nameWords.some((n) => n.startsWith(w))).length };
    })
    .filter((s) => s.score > 0);
  return scored.sort((a, b) => b.score - a.score || byName(a.u, b.u)).map((s) => s.u);
}
