import type { OutcomeMeasure } from '../model';

const area = (name: string, max = 4, step = 1) => ({ name, min: 0, max, step });

/**
 * The New Directions Team assessment (the "chaos index"), from the ACE programme's Merton pilot
 * and used across MEAM and Fulfilling Lives: ten areas scored on the past month, each 0-4 but
 * "Risk to others" and "Risk from others" counted double (0, 2, 4, 6, 8), so the total runs
 * 0-48. Higher is more chaotic.
 */
export const NDT_ASSESSMENT: OutcomeMeasure = {
  id: 'ndt-assessment',
  name: 'NDT assessment',
  min: 0,
  max: 48,
  higherIsBetter: false,
  items: [
    area('Engagement with frontline services'),
    area('Intentional self-harm'),
    area('Unintentional self-harm'),
    area('Risk to others', 8, 2),
    area('Risk from others', 8, 2),
    area('Stress and anxiety'),
    area('Social effectiveness'),
    area('Alcohol and drug abuse'),
    area('Impulse control'),
    area('Housing'),
  ],
  source: 'The New Directions Team Assessment (Chaos Index), London Borough of Merton, ACE programme (2008)',
};

/** The Outcomes Star (Homelessness Star): ten areas each scored 1-10 on the Journey of Change; higher is better. */
export const OUTCOMES_STAR: OutcomeMeasure = {
  id: 'outcomes-star',
  name: 'Outcomes Star',
  min: 10,
  max: 100,
  higherIsBetter: true,
  items: [
    'Motivation and taking responsibility',
    'Self-care and living skills',
    'Managing money and personal administration',
    'Social networks and relationships',
    'Drug and alcohol misuse',
    'Physical health',
    'Emotional and mental health',
    'Meaningful use of time',
    'Managing tenancy and accommodation',
    'Offending',
  ].map((name) => ({ name, min: 1, max: 10, step: 1 })),
  source: 'Outcomes Star, Homelessness Star edition (Triangle Consulting Social Enterprise)',
};

export const BUILT_IN_MEASURES: readonly OutcomeMeasure[] = [NDT_ASSESSMENT, OUTCOMES_STAR];

/** The built-in measures and the analyst's own, the built-in ones first. */
export function allMeasures(own: readonly OutcomeMeasure[]): OutcomeMeasure[] {
  return [...BUILT_IN_MEASURES, ...own.filter((m) => !BUILT_IN_MEASURES.some((b) => b.id === m.id))];
}

const comparable = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The measure a typed name means; "NDT", "chaos index" and "New Directions Team" all mean the NDT assessment. */
export function measureNamed(measures: readonly OutcomeMeasure[], name: string): OutcomeMeasure | null {
  const wanted = comparable(name);
  const aliases: Record<string, string> = {
    ndt: NDT_ASSESSMENT.id,
    'chaos index': NDT_ASSESSMENT.id,
    'new directions team assessment': NDT_ASSESSMENT.id,
    'homelessness star': OUTCOMES_STAR.id,
  };
  return measures.find((m) => comparable(m.name) === wanted || m.id === aliases[wanted]) ?? null;
}
