/** What other features use of anonymising: the button on the case list and the dialog it opens. */
export { AnonymiseButton } from './AnonymiseButton';
export { AnonymiseDialog } from './AnonymiseDialog';
