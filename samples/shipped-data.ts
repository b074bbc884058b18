import deflatorJson from './deflators/gdp-deflators.json';
import libraryJson from './unit-costs/default-library.json';
import { DeflatorSeries } from '../shared/costing/deflator';
import { UnitCostLibraryFile } from '../shared/costing/unit-cost-library';

/** The deflator series and unit-cost library that ship in samples/, parsed like any user file. */
export const DEFAULT_DEFLATOR_SERIES: DeflatorSeries = DeflatorSeries.parse(deflatorJson);
export const DEFAULT_UNIT_COST_LIBRARY: UnitCostLibraryFile = UnitCostLibraryFile.parse(libraryJson);

/**
 * The default price base: the latest year of the shipped series that is outturn, not forecast
 * (2023/24 for the OBR October 2024 series). Stating costs at forecast prices would make every
 * total move when the forecast is revised.
 */
export const DEFAULT_PRICE_BASE = DEFAULT_DEFLATOR_SERIES.latestOutturnYear;
