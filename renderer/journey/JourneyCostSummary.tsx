import { ROUNDING_NOTE, breakdownLines, type BreakdownOrder } from '../../shared/costing/breakdown';
import type { JourneyTotals } from '../../shared/costing/journey-totals';
import { ROUNDING_RULE, formatPence } from '../../shared/costing/money';
import { formatDateAsWritten } from '../../shared/model';

function percent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.01 ? 2 : 0)}%`;
}

function Breakdown({
  title,
  values,
  totalPence,
  order,
}: {
  title: string;
  values: Record<string, number>;
  totalPence: number;
  order: BreakdownOrder;
}) {
  const lines = breakdownLines(values, totalPence, order);
  if (lines.length === 0) return null;
  return (
    <table className="breakdown" aria-label={title}>
      <caption>{title}</caption>
      <tbody>
        {lines.map((line) => (
          <tr
            key={line.name}
            data-rounding={line.rounding || undefined}
            className={line.rounding ? 'rounding-line' : undefined}
          >
            <th scope="row">{line.rounding ? <span title={ROUNDING_NOTE}>{line.name}</span> : line.name}</th>
            <td className="number">{formatPence(line.pence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The journey's cost at the price base, and how much of it to trust. */
export function JourneyCostSummary({
  totals,
  onSelectContact,
}: {
  totals: JourneyTotals;
  onSelectContact: (contactId: string) => void;
}) {
  return (
    <section className="side-panel-section cost-summary" aria-labelledby="cost-summary-heading">
      <h2 id="cost-summary-heading">Cost of this journey</h2>
      <p className="cost-total" data-testid="journey-total">
        {formatPence(totals.totalPence)} <span className="hint">at {totals.priceBase} prices</span>
      </p>
      <ul className="cost-caveats">
        <li data-testid="uncosted-count" className={totals.uncostedContacts > 0 ? 'warning' : undefined}>
          {totals.uncostedContacts} of {totals.costedContacts + totals.uncostedContacts} contacts not costed
          (not counted as £0)
        </li>
        <li>
          {percent(totals.unknownPriceYear.share)} rests on costs with no stated price year (
          {formatPence(totals.unknownPriceYear.pence)}), not uplifted
        </li>
        {totals.approximateFinancialYear.pence > 0 && (
          <li data-testid="approximate-year-share">
            {percent(totals.approximateFinancialYear.share)} is approximate contacts whose period spans
            financial years, each put in the year holding the middle of its period (
            {formatPence(totals.approximateFinancialYear.pence)})
          </li>
        )}
        <li>{percent(totals.lowConfidence.share)} rests on low-confidence costs (grade 1–2)</li>
        {totals.overridden.pence > 0 && (
          <li>{percent(totals.overridden.share)} is contacts' own costs, with reasons</li>
        )}
      </ul>
      {totals.missedOpportunities.length > 0 && (
        <table className="breakdown" aria-label="Cost after each missed opportunity">
          <caption>Spent after each missed opportunity</caption>
          <thead>
            <tr>
              <th scope="col">Missed opportunity</th>
              <th scope="col" className="number">
                Within 12 months
              </th>
              <th scope="col" className="number">
                To the end
              </th>
              <th
                scope="col"
                className="number"
                title="Contacts whose order against the missed opportunity cannot be known from approximate dates: in neither figure before"
              >
                Order unknown
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.missedOpportunities.map((m) => (
              <tr key={m.contactId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelectContact(m.contactId)}>
                    {formatDateAsWritten(m.date)}
                  </button>{' '}
                  {m.category}
                </th>
                <td className="number">{formatPence(m.costAfter12MonthsPence)}</td>
                <td className="number">{formatPence(m.costAfterPence)}</td>
                <td className="number">{formatPence(m.costAfterUncertainPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Breakdown
        title="By organisation bearing the cost"
        values={totals.byCostBearer}
        totalPence={totals.totalPence}
        order="largest first"
      />
      <Breakdown
        title="By financial year"
        values={totals.byFinancialYear}
        totalPence={totals.totalPence}
        order="by financial year"
      />
      <Breakdown
        title="By agency"
        values={totals.byAgency}
        totalPence={totals.totalPence}
        order="largest first"
      />
      <Breakdown
        title="By contact type"
        values={totals.byContactType}
        totalPence={totals.totalPence}
        order="largest first"
      />
      <p className="hint">
        {ROUNDING_RULE} {ROUNDING_NOTE}
      </p>
    </section>
  );
}
