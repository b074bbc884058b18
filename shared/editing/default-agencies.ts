import { Agency, paletteColour, type Sector } from '../model';

/** The services that appear in almost every complex-needs journey; users add their own. */
const DEFAULT_AGENCIES: ReadonlyArray<{ id: string; name: string; sector: Sector }> = [
  { id: 'agency-police', name: 'Police', sector: 'Police' },
  { id: 'agency-ambulance', name: 'Ambulance', sector: 'Ambulance' },
  { id: 'agency-a-and-e', name: 'A&E', sector: 'Acute health' },
  { id: 'agency-mental-health', name: 'Mental health', sector: 'Mental health' },
  { id: 'agency-gp', name: 'GP', sector: 'Primary care' },
  { id: 'agency-housing', name: 'Housing', sector: 'Housing' },
  { id: 'agency-probation', name: 'Probation', sector: 'Probation' },
  { id: 'agency-treatment', name: 'Drug and alcohol treatment', sector: 'Drug and alcohol treatment' },
  { id: 'agency-adult-social-care', name: 'Adult social care', sector: 'Adult social care' },
  { id: 'agency-third-sector', name: 'Third sector', sector: 'Third sector' },
];

export function defaultAgencies(): Agency[] {
  return DEFAULT_AGENCIES.map((a, index) =>
    Agency.parse({ ...a, colour: paletteColour(index), laneOrder: index, hidden: false }),
  );
}
