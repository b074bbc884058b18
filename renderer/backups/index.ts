/** What other features use of backups: erasing a deleted case from every backup, and the record of it. */
export { eraseFromBackups } from './erase-from-backups';
export { logErasure } from './erasure-log';
