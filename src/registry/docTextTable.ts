import { docTextsOf } from './docTexts';
import { FUNCTIONS } from './registry';

/**
 * The registry's documentation texts as one table: the chunk loadDocTexts() fetches in the
 * browser. Here it is read off the sources; the browser build replaces this module by the
 * same table as a literal, computed at build time from the unstripped sources
 * (scripts/doc-text-loader.js), so the chunk carries the words and no code.
 */
const table = docTextsOf(FUNCTIONS);
export default table;
