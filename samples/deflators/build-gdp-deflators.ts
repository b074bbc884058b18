import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeflatorSeries } from '../../shared/costing/deflator';

/**
 * Rebuilds samples/deflators/gdp-deflators.json from the two published series, so every
 * figure in it can be traced: npx tsx samples/deflators/build-gdp-deflators.ts <data/deflators folder>
 *
 * Method: OBR October 2024 figures are used wherever they exist (2008/09 on). Earlier years are
 * the HM Treasury March 2015 index scaled by OBR[2008/09] / HMT[2008/09], so they keep HMT's
 * year-on-year changes and join the OBR level at the first overlapping year. The whole series is
 * then rebased so the base year is 100 (ratios, which are all an uplift uses, do not change).
 */
const BASE_YEAR = '2023/24';
const LATEST_OUTTURN = '2023/24';
const FORECAST_FROM = '2024/25';
const LINK_YEAR = '2008/09';
const DECIMALS = 8;

function readColumns(file: string, yearColumn: number, valueColumn: number): Map<string, number> {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1);
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[yearColumn].replace('-', '/'), Number(cells[valueColumn])];
    }),
  );
}

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write(
    'Usage: npx tsx samples/deflators/build-gdp-deflators.ts <folder with the deflator CSVs>\n',
  );
  process.exit(2);
}
const obr = readColumns(path.join(folder, 'obr-gdp-deflator-fy-oct2024.csv'), 0, 1);
const hmt = readColumns(path.join(folder, 'hmt-gdp-deflator-fy-march2015-1989-90eq100.csv'), 0, 2);
const link = (obr.get(LINK_YEAR) as number) / (hmt.get(LINK_YEAR) as number);
const base = obr.get(BASE_YEAR) as number;
const round = (n: number) => Number(n.toFixed(DECIMALS));

const values: Record<string, number> = {};
const yearSources: Record<string, string> = {};
for (const [year, index] of hmt) {
  if (year >= LINK_YEAR) continue;
  values[year] = round(((index * link) / base) * 100);
  yearSources[year] =
    `HM Treasury GDP deflator (March 2015 Budget), ${index} on 1989/90 = 100, chained to OBR at ${LINK_YEAR}`;
}
for (const [year, index] of obr) {
  values[year] = round((index / base) * 100);
  yearSources[year] =
    `OBR Economic and fiscal outlook, October 2024 (${year >= FORECAST_FROM ? 'forecast' : 'outturn'}), ${round(index)} as published`;
}

const growth = (series: Map<string, number>) =>
  (((series.get('2013/14') as number) / (series.get(LINK_YEAR) as number) - 1) * 100).toFixed(2);
const series = DeflatorSeries.parse({
  type: 'journey-mapper/deflator-series',
  version: 1,
  name: `GDP deflator by financial year, ${BASE_YEAR} = 100 (OBR October 2024; HM Treasury March 2015 before ${LINK_YEAR})`,
  source:
    'OBR Economic and fiscal outlook October 2024 GDP deflator by financial year, 2008/09 to 2029/30 (2024/25 on are forecasts), as published in the public repository sandyknight/young-people-treatment-unit-cost (data/processed/gdp_deflator.csv); ' +
    '1989/90 to 2007/08 from the HM Treasury GDP deflator (March 2015 Budget) in the Lookups sheet of the GMCA / New Economy Unit Cost Database v1.4 (CC BY 4.0, attribute GMCA / New Economy).',
  baseYear: BASE_YEAR,
  latestOutturnYear: LATEST_OUTTURN,
  forecastFrom: FORECAST_FROM,
  values,
  yearSources,
  notes:
    `Chained at ${LINK_YEAR}, the first year both series cover: years before it are HMT index × ${round(link)} (OBR ÷ HMT at ${LINK_YEAR}), so they keep HMT's year-on-year changes. ` +
    `Then every year is divided by the ${BASE_YEAR} OBR figure (${round(base)}) × 100 and kept to ${DECIMALS} decimal places. ` +
    `The vintages disagree where they overlap: from ${LINK_YEAR} to 2013/14 prices rose ${growth(obr)}% on OBR's figures and ${growth(hmt)}% on HMT's 2015 figures (ONS has revised the deflator since), which is why the newer OBR figures are used wherever they exist. ` +
    `Years from ${FORECAST_FROM} are forecasts; the default price base is ${LATEST_OUTTURN}, the latest year of outturn.`,
});
writeFileSync('samples/deflators/gdp-deflators.json', `${JSON.stringify(series, null, 2)}\n`);
