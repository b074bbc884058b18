import { updateRow, type RowChange } from './change-set';
import type { Agency } from '../model';

/**
 * A fresh training store starts with the default lanes, and an import only appends new ones, so
 * a sample would open with its childhood or family lanes at the bottom. This lays the store's
 * lanes out in the sample's own order (the order the person first met each service), with the
 * lanes the sample does not use after them in their existing order.
 */
export function lanesInSampleOrder(store: Agency[], sample: Agency[]): RowChange[] {
  const wanted = [...sample].sort((a, b) => a.laneOrder - b.laneOrder).map((a) => a.id);
  const rank = (a: Agency) => {
    const index = wanted.indexOf(a.id);
    return index < 0 ? wanted.length + a.laneOrder : index;
  };
  return [...store]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((agency, laneOrder) =>
      agency.laneOrder === laneOrder ? [] : [updateRow('agencies', agency, { ...agency, laneOrder })],
    );
}
