/** What other features use of cases: the panel that edits a case's details. */
export { CaseDetailsPanel } from './CaseDetailsPanel';
