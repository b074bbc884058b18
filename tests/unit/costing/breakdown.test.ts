import { describe, expect, it } from 'vitest';
import { breakdownLines } from '../../../shared/costing/breakdown';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { reviewSlides } from '../../../shared/review/review-slides';
import type { Case, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const hour: UnitCost = {
  id: 'u',
  name: 'Support hour',
  costBearer: 'Council',
  unit: 'hour',
  amountPence: 1001,
  priceYear: '2023/24',
  source: 'test',
  confidence: 4,
  notes: '',
  retired: false,
};
const theCase: Case = {
  id: 'k',
  pseudonym: 'Person R',
  knownNames: [],
  designatedLead: '',
  status: 'open',
  riskGrade: 'not graded',
  notes: '',
  dateOfBirth: null,
  interventionDate: null,
  createdAt: T,
  updatedAt: T,
};
// Three half-hours at £10.01 borne by three organisations: each part is 500.5p, rounded once to
// 501p (£15.03 together), while the total, 1,501.5p, is rounded once to 1,502p (£15.02).
const contacts: Contact[] = ['Council', 'NHS', 'Police'].map((bearer, i) => ({
  id: `c${i}`,
  caseId: 'k',
  agencyId: 'a',
  contactType: bearer,
  start: `${2019 + i}-05-01`,
  end: null,
  quantity: 0.5,
  outcome: '',
  description: '',
  missedOpportunity: null,
  unitCostId: `u${i}`,
  costOverride: null,
  createdAt: T,
  updatedAt: T,
}));
const unitCosts = ['Council', 'NHS', 'Police'].map((bearer, i) => ({
  ...hour,
  id: `u${i}`,
  costBearer: bearer,
}));
const totals = journeyTotals({
  contacts,
  agencies: [],
  basis: { unitCosts, priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES },
});

describe('breakdowns and their rounding line', () => {
  it('adds a rounding line when the parts, each rounded once, do not add up to the total rounded once', () => {
    expect(totals.totalPence).toBe(1502);
    expect(breakdownLines(totals.byCostBearer, totals.totalPence, 'largest first')).toEqual([
      { name: 'Council', pence: 501, rounding: false },
      { name: 'NHS', pence: 501, rounding: false },
      { name: 'Police', pence: 501, rounding: false },
      { name: 'Rounding', pence: -1, rounding: true },
    ]);
    expect(breakdownLines({ a: 300, b: 200 }, 500, 'largest first').map((l) => l.name)).toEqual(['a', 'b']);
  });

  it('lists financial years in year order, not by amount', () => {
    expect(
      breakdownLines({ '2020/21': 5, '2009/10': 7, '2019/20': 100 }, 112, 'by financial year').map(
        (l) => l.name,
      ),
    ).toEqual(['2009/10', '2019/20', '2020/21']);
  });

  it('gives the review summary the same lines, with its rounding line', () => {
    const slides = reviewSlides(theCase, contacts, [], totals);
    expect(slides.costBearerLines.at(-1)).toEqual({ name: 'Rounding', pence: -1, rounding: true });
    expect(slides.costBearerLines.reduce((sum, l) => sum + l.pence, 0)).toBe(slides.totalPence);
  });
});
