/** What other features use of training: the sample cards on the start screen. */
export { SampleCards } from './SampleCards';
