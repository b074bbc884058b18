import { memo, useDeferredValue } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CohortAnalysis } from '../../shared/cohort/aggregates/cohort-analysis';
import { financialYearBars, moneyTicks, servicesBars } from '../../shared/cohort/aggregates/chart-data';
import { formatCompactPounds, formatPence, formatWholePounds } from '../../shared/costing/money';

const pounds = (pence: number) => formatWholePounds(pence);

function ChartCard({
  title,
  children,
  summary,
  drawn,
}: {
  title: string;
  children: React.ReactElement;
  summary: string;
  drawn: boolean;
}) {
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <div className="chart-area" role="img" aria-label={`${title}: ${summary}`} aria-busy={!drawn}>
        {drawn && (
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

/** The cohort questions commissioners ask, drawn: where the money goes, when, on whom, and what was missed. */
export const CohortCharts = memo(function CohortCharts({ analysis }: { analysis: CohortAnalysis }) {
  const bearers = analysis.byCostBearer
    .slice(0, 10)
    .map((l) => ({ name: l.name, total: l.totalPence, perCase: l.perCasePence }));
  const years = financialYearBars(analysis.byFinancialYear);
  const bands = analysis.costBands.map((b) => ({
    name: `${pounds(b.fromPence)}–${pounds(b.toPence)}`,
    cases: b.cases,
  }));
  const services = servicesBars(analysis.servicesTouched);
  const missed = analysis.missedByCategory.slice(0, 8).map((m) => ({ name: m.name, flags: m.flags }));
  // Ticks a round number of pounds apart from £0, so the axis is evenly spaced and its labels exact.
  const moneyAxis = (maxPence: number, format: (pence: number) => string = pounds) => {
    const ticks = moneyTicks(maxPence);
    return {
      tickFormatter: format,
      width: 90,
      ticks,
      domain: [0, ticks[ticks.length - 1]],
      interval: 0 as const,
    };
  };
  // The first drawing of the charts after start-up takes most of a second here (the chart code is
  // not yet compiled), so the headline and the table show first and the charts follow in a render
  // that input can interrupt; each chart's place and summary are there from the start.
  const drawn = useDeferredValue(true, false);
  return (
    <section className="cohort-charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Cohort analysis</h2>
      <p data-testid="cohort-headline">
        {analysis.cases === 1 ? '1 person' : `${analysis.cases} people`} cost{' '}
        {formatPence(analysis.totalPence)} in all, {formatPence(analysis.perCasePence)} each on average;{' '}
        {analysis.peopleAtOrAboveThreshold} had contact with {analysis.servicesThreshold} or more services.
      </p>
      <div className="chart-grid">
        <ChartCard
          title="Cost by organisation bearing it"
          drawn={drawn}
          summary={bearers
            .slice(0, 3)
            .map((b) => `${b.name} ${pounds(b.total)}`)
            .join(', ')}
        >
          <BarChart data={bearers} layout="vertical" margin={{ left: 20, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {/* Across the bottom, whole pounds would overlap: £200k, £400k... */}
            <XAxis
              type="number"
              {...moneyAxis(Math.max(0, ...bearers.map((b) => b.total)), formatCompactPounds)}
            />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => formatPence(Number(v))} />
            <Bar dataKey="total" name="Total" fill="#0b5cad" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Cost by financial year"
          drawn={drawn}
          summary={years.map((y) => `${y.name} ${pounds(y.total)}`).join(', ')}
        >
          <BarChart data={years}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} />
            <YAxis {...moneyAxis(Math.max(0, ...years.map((y) => y.total)))} />
            <Tooltip formatter={(v) => formatPence(Number(v))} />
            <Bar dataKey="total" name="Total" fill="#009E73" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Cost per person"
          drawn={drawn}
          summary={bands.map((b) => `${b.cases} people ${b.name}`).join(', ')}
        >
          <BarChart data={bands}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="name"
              tick={{ fontSize: 10 }}
              interval={0}
              angle={-20}
              textAnchor="end"
              height={50}
            />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="cases" name="People" fill="#CC79A7" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Services each person touched"
          drawn={drawn}
          summary={services.map((s) => `${s.people} people ${s.name} services`).join(', ')}
        >
          <BarChart data={services}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="name"
              label={{ value: 'services', position: 'insideBottom', offset: -2, fontSize: 11 }}
            />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="people" name="People" fill="#E69F00" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Missed opportunities by category"
          drawn={drawn}
          summary={missed.map((m) => `${m.name} ${m.flags}`).join(', ')}
        >
          <BarChart data={missed} layout="vertical" margin={{ left: 20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 10 }} />
            <Tooltip />
            <Bar dataKey="flags" name="Flags" fill="#b3261e" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
      </div>
    </section>
  );
});
