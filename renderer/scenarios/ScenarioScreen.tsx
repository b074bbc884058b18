import { useState } from 'react';
import appendixCsv from '../../samples/scenarios/safe-space-appendix-2.csv?raw';
import { formatPence } from '../../shared/costing/money';
import { computeScenario, type ScenarioResult, type ScenarioRow } from '../../shared/costing/scenario';
import { SCENARIO_HEADERS, describeProblem, readScenarioSheet } from '../../shared/costing/scenario-sheet';
import { SCENARIO_FIGURE_LABELS, scenarioResultBytes } from '../../shared/exports/scenario-result-workbook';
import { useAppServices } from '../store/app-services';

type Loaded =
  | { fileName: string; rows: ScenarioRow[]; result: ScenarioResult }
  | { fileName: string; problems: string[] };

const SHEET_FILTER = [{ name: 'Scenario sheet', extensions: ['xlsx', 'xls', 'ods', 'csv'] }];

function load(bytes: Uint8Array, fileName: string): Loaded {
  const read = readScenarioSheet(bytes, fileName);
  if (!read.ok) return { fileName, problems: read.problems.map(describeProblem) };
  return { fileName, rows: read.rows, result: computeScenario(read.rows) };
}

/** Savings scenarios the Safe Space way: unit cost × activity change × attribution, per organisation. */
export function ScenarioScreen() {
  const { platform } = useAppServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  const exportResult = async ({ fileName, rows, result }: Extract<Loaded, { result: ScenarioResult }>) => {
    const bytes = scenarioResultBytes({ fileName, rows, result, producedAt: new Date().toISOString() });
    const saved = await platform.saveFile({
      suggestedName: `${fileName.replace(/\.[^.]+$/, '')}-result.xlsx`,
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      bytes,
    });
    setExported(saved.saved ? `Saved the result as ${saved.fileName ?? 'a workbook'}.` : null);
  };

  const open = async () => {
    const file = await platform.openFile({ title: 'Open a scenario sheet', filters: SHEET_FILTER });
    if (file === null) return;
    setLoaded(load(file.bytes, file.name));
    setExported(null);
  };

  const openSample = () => {
    setLoaded(load(new TextEncoder().encode(appendixCsv), 'safe-space-appendix-2.csv'));
    setExported(null);
  };

  return (
    <section className="scenario-screen" aria-labelledby="scenario-heading">
      <div className="screen-heading">
        <h1 id="scenario-heading">Savings scenarios</h1>
        <button type="button" className="primary" onClick={() => void open()}>
          Open scenario sheet…
        </button>
        <button type="button" onClick={openSample}>
          Open the Safe Space Appendix 2 sample
        </button>
      </div>
      <p className="hint">
        A sheet with the columns {SCENARIO_HEADERS.join(', ')} opens with no mapping step. Unit costs and
        quantities may be derivations such as 3 x 30.38.
      </p>
      {exported !== null && <p role="status">{exported}</p>}
      {loaded && 'problems' in loaded && (
        <div role="alert" className="error-panel">
          <h2>{loaded.fileName} was not opened</h2>
          <ul>
            {loaded.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {loaded && 'result' in loaded && (
        <ScenarioResultView
          fileName={loaded.fileName}
          rows={loaded.rows}
          result={loaded.result}
          onExport={() => exportResult(loaded)}
        />
      )}
    </section>
  );
}

function ScenarioResultView({
  fileName,
  rows,
  result,
  onExport,
}: {
  fileName: string;
  rows: ScenarioRow[];
  result: ScenarioResult;
  onExport: () => void;
}) {
  return (
    <>
      <div className="screen-heading">
        <h2>{fileName}</h2>
        <button type="button" onClick={onExport}>
          Export result (.xlsx)
        </button>
      </div>
      <div className="scenario-headlines">
        <p>
          Value of savings{' '}
          <strong data-testid="value-of-savings">{formatPence(result.valueOfSavingsPence)}</strong>
          <span className="hint" data-testid="value-of-savings-counts">
            {' '}
            {SCENARIO_FIGURE_LABELS.valueOfSavings.replace(/^Value of savings: /, '')}
          </span>
        </p>
        <p>
          Value of additional costs{' '}
          <strong data-testid="value-of-additional-costs">
            {formatPence(result.valueOfAdditionalCostsPence)}
          </strong>
          <span className="hint">
            {' '}
            {SCENARIO_FIGURE_LABELS.valueOfAdditionalCosts.replace(/^Value of additional costs: /, '')}
          </span>
        </p>
      </div>
      <table className="case-table" aria-label="Totals by organisation">
        <caption className="hint">
          Each organisation's savings and cost increases, gross, and its net. The All organisations row adds
          every row: its savings are gross, before any organisation's cost increases are netted off, so they
          can differ from the value of savings above.
        </caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Savings (gross)</th>
            <th scope="col">Cost increases (gross)</th>
            <th scope="col">Net</th>
          </tr>
        </thead>
        <tbody>
          {result.organisations.map((o) => (
            <tr key={o.organisation}>
              <th scope="row">{o.organisation}</th>
              <td className="number">{formatPence(o.savingsPence)}</td>
              <td className="number">{formatPence(o.costIncreasesPence)}</td>
              <td className="number">{formatPence(o.netPence)}</td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">All organisations (every row, gross)</th>
            <td className="number" data-testid="all-savings-gross">
              {formatPence(result.savingsPence)}
            </td>
            <td className="number">{formatPence(result.costIncreasesPence)}</td>
            <td className="number">{formatPence(result.netPence)}</td>
          </tr>
        </tbody>
      </table>
      {result.discrepancies.length > 0 && (
        <section className="discrepancies" aria-labelledby="discrepancy-heading">
          <h3 id="discrepancy-heading">Where the source table disagrees with its own inputs</h3>
          <ul>
            {result.discrepancies.map((d) => (
              <li key={`${d.sheetRow}${d.message}`}>
                Row {d.sheetRow}, {d.item}: {d.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <table className="case-table scenario-rows" aria-label="Scenario rows">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Organisation</th>
            <th scope="col">Item</th>
            <th scope="col">Unit cost</th>
            <th scope="col">Quantity</th>
            <th scope="col">Direction</th>
            <th scope="col">Attribution</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.sheetRow} className={r.inTotals ? undefined : 'retired'}>
              <td>{r.sheetRow}</td>
              <td>{r.organisation}</td>
              <td>
                {r.item}
                {r.inTotals ? '' : ' (not in totals)'}
              </td>
              <td className="number">
                {formatPence(r.unitCostPence)}
                {r.unitCostText.includes('x') ? ` (${r.unitCostText})` : ''}
              </td>
              <td className="number">{r.quantity.toString()}</td>
              <td>{r.direction}</td>
              <td className="number">{r.attributionPercent.toString()}%</td>
              <td className="number">{formatPence(result.rowTotalsPence[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
