import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import type { Agency } from '../../../shared/model';
import { lanesInSampleOrder } from '../../../shared/editing/sample-lanes';
import { SAMPLE_JOURNEY_SOURCES } from '../../../samples/journeys/all-samples';
import { sampleProject } from '../../../samples/journeys/sample-project';

function afterChanges(store: Agency[], sample: Agency[]): string[] {
  const updated = new Map(lanesInSampleOrder(store, sample).map((c) => [c.key, c.after as Agency]));
  return store
    .map((a) => updated.get(a.id) ?? a)
    .sort((a, b) => a.laneOrder - b.laneOrder)
    .map((a) => a.name);
}

describe('a sample opened in a fresh training store', () => {
  it.each(SAMPLE_JOURNEY_SOURCES)(
    "lays out $id's lanes in the order the person first met each service, the unused defaults after",
    ({ build }) => {
      const sample = sampleProject(build()).agencies;
      const newLanes = sample.filter((a) => !defaultAgencies().some((d) => d.id === a.id));
      const store = [...defaultAgencies(), ...newLanes.map((a, i) => ({ ...a, laneOrder: 10 + i }))];
      const unused = defaultAgencies()
        .filter((d) => !sample.some((a) => a.id === d.id))
        .map((a) => a.name);
      expect(afterChanges(store, sample)).toEqual([...sample.map((a) => a.name), ...unused]);
    },
  );

  it('starts Matthew with the GP and the school', () => {
    expect(
      sampleProject(SAMPLE_JOURNEY_SOURCES[0].build())
        .agencies.slice(0, 3)
        .map((a) => a.name),
    ).toEqual(['GP', 'School', 'Police']);
  });

  it('changes nothing when the lanes are already in order', () => {
    const store = defaultAgencies();
    expect(lanesInSampleOrder(store, store)).toEqual([]);
  });
});
