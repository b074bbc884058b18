/** What other features use of the unit-cost library: the picker that finds a unit cost for a contact. */
export { UnitCostPicker } from './UnitCostPicker';
