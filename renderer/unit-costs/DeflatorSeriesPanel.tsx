import { useState } from 'react';
import { DeflatorSeries, coveredYears } from '../../shared/costing/deflator';
import { DEFAULT_DEFLATOR_SERIES } from '../../samples/shipped-data';
import { useDeflatorSeries } from '../store/costing-settings';
import { useAppServices } from '../store/app-services';

/** The price index used to restate costs at the price base: its source shown, replaceable by a newer one. */
export function DeflatorSeriesPanel() {
  const { platform } = useAppServices();
  const [series, setSeries] = useDeflatorSeries();
  const [message, setMessage] = useState<string | null>(null);
  if (series === undefined) return null;

  const replace = async () => {
    const file = await platform.openFile({
      title: 'Replace the deflator series',
      filters: [{ name: 'Deflator series', extensions: ['json'] }],
    });
    if (file === null) return;
    try {
      const parsed = DeflatorSeries.safeParse(JSON.parse(new TextDecoder().decode(file.bytes)));
      if (!parsed.success) {
        setMessage(
          `${file.name} was not used: ${parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        );
        return;
      }
      await setSeries(parsed.data);
      setMessage(`Now using ${parsed.data.name}.`);
    } catch (error) {
      setMessage(`${file.name} was not used: it is not JSON (${(error as Error).message}).`);
    }
  };

  // An edited series says so in its name, so no total computed with it claims the original source.
  const editIndex = async (year: string, input: HTMLInputElement) => {
    const value = Number(input.value);
    if (value === series.values[year]) return;
    if (!Number.isFinite(value) || value <= 0) {
      setMessage(`The index for ${year} must be a number above 0; it stays ${series.values[year]}.`);
      input.value = String(series.values[year]);
      return;
    }
    const name = series.name.endsWith('(edited)') ? series.name : `${series.name} (edited)`;
    await setSeries({
      ...series,
      name,
      values: { ...series.values, [year]: value },
      yearSources: { ...series.yearSources, [year]: 'Edited in Journey Mapper' },
    });
    setMessage(`The index for ${year} is now ${value}.`);
  };

  const years = coveredYears(series);
  return (
    <details className="deflator-panel">
      <summary>
        Deflator series: {series.name} ({years[0]} to {years.at(-1)})
      </summary>
      <p className="hint">{series.source}</p>
      <div className="library-files">
        <button type="button" onClick={() => void replace()}>
          Replace series…
        </button>
        {series.name !== DEFAULT_DEFLATOR_SERIES.name && (
          <button
            type="button"
            onClick={() => void setSeries(null).then(() => setMessage('Back to the shipped series.'))}
          >
            Use the shipped series
          </button>
        )}
      </div>
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}
      <table className="breakdown deflator-table">
        <thead>
          <tr>
            <th scope="col">Financial year</th>
            <th scope="col" className="number">
              Index
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td className="number">
                <input
                  className="index-input"
                  aria-label={`Index for ${y}`}
                  defaultValue={series.values[y]}
                  inputMode="decimal"
                  onBlur={(e) => void editIndex(y, e.currentTarget)}
                />
              </td>
              <td>{series.yearSources[y] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
