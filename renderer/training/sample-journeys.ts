/**
 * The samples a trainer can open from the start screen. Each is a project file in samples/
 * (no real person in any), loaded only when asked for, so the app does not carry them all.
 */
export interface SampleJourney {
  id: string;
  title: string;
  summary: string;
  load: () => Promise<string>;
}

export const SAMPLE_JOURNEYS: SampleJourney[] = [
  {
    id: 'costing-demo',
    title: 'Sample A',
    summary: 'Twelve contacts over eighteen months: arrests, A&E, a B&B placement and eviction, with two missed opportunities. A first look at costing.',
    load: async () => (await import('../../samples/projects/costing-demo.journey.json?raw')).default,
  },
  {
    id: 'cohort-30',
    title: 'A cohort of 30',
    summary: 'Thirty synthetic journeys with escalation, crisis, custody and recovery, for practising the cohort view, suggestions and review mode.',
    load: async () => (await import('../../samples/projects/cohort-30.journey.json?raw')).default,
  },
];

export const sampleById = (id: string): SampleJourney | undefined => SAMPLE_JOURNEYS.find((s) => s.id === id);
