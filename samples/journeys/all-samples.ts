import type { CaseJourney } from '../generator/case-journey';
import { familyF } from './family-f';
import { matthew } from './matthew';
import { offenderO } from './offender-o';
import { womanW } from './woman-w';

/** Every hand-written sample journey, by the id its project file is named after. */
export const SAMPLE_JOURNEY_SOURCES: ReadonlyArray<{ id: string; build: () => CaseJourney }> = [
  { id: 'matthew', build: matthew },
  { id: 'woman-w', build: womanW },
  { id: 'family-f', build: familyF },
  { id: 'offender-o', build: offenderO },
];

export const sampleJourneyPath = (id: string): string => `samples/projects/${id}.journey.json`;
