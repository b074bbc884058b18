import type { OutcomeMeasure } from '../model';

export interface ScoresEntered {
  total: number | null;
  itemScores: Record<string, number>;
}

export type CheckedScores =
  { ok: true; total: number; itemScores: Record<string, number> } | { ok: false; problems: ScoreProblem[] };

/** `item` null is about the total; `field` says whether the area's name or its score is at fault. */
export interface ScoreProblem {
  item: string | null;
  field: 'item' | 'score';
  reason: string;
}

const range = (min: number, max: number) => `${min}-${max}`;

/**
 * A measurement's scores against its measure: every area one the measure has, each score one its
 * form allows, and the total within the measure's range. With every area scored the total is
 * their sum (a total given as well must agree); with only some, the total must be given.
 */
export function checkScores(measure: OutcomeMeasure, entered: ScoresEntered): CheckedScores {
  const problems: ScoreProblem[] = [];
  const itemScores: Record<string, number> = {};
  for (const [name, score] of Object.entries(entered.itemScores)) {
    const item = measure.items.find((i) => i.name.toLowerCase() === name.trim().toLowerCase());
    if (item === undefined) {
      problems.push({
        item: name,
        field: 'item',
        reason:
          measure.items.length === 0
            ? `${measure.name} has no areas, only a total`
            : `"${name}" is not an area of ${measure.name} (areas: ${measure.items.map((i) => i.name).join(', ')})`,
      });
    } else if (score < item.min || score > item.max || !Number.isInteger((score - item.min) / item.step)) {
      problems.push({
        item: item.name,
        field: 'score',
        reason: `${score} is not a score of ${item.name} (${item.step === 1 ? range(item.min, item.max) : `${range(item.min, item.max)} in steps of ${item.step}`})`,
      });
    } else {
      itemScores[item.name] = score;
    }
  }
  const everyItem = measure.items.length > 0 && measure.items.every((i) => i.name in itemScores);
  const sum = Object.values(itemScores).reduce((a, b) => a + b, 0);
  let total = entered.total;
  if (everyItem && total !== null && total !== sum)
    problems.push({
      item: null,
      field: 'score',
      reason: `the total ${total} is not the sum of the area scores, ${sum}`,
    });
  if (total === null) {
    if (everyItem) total = sum;
    else
      problems.push({
        item: null,
        field: 'score',
        reason:
          measure.items.length === 0
            ? 'no score given'
            : `give the total, or a score for every one of its ${measure.items.length} areas`,
      });
  }
  if (total !== null && (total < measure.min || total > measure.max))
    problems.push({
      item: null,
      field: 'score',
      reason: `the total ${total} is outside ${measure.name}'s range, ${range(measure.min, measure.max)}`,
    });
  return problems.length > 0 || total === null ? { ok: false, problems } : { ok: true, total, itemScores };
}
