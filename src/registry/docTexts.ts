import type { Bilingual } from '../engine/errors';
import type { FunctionSpec } from './define';
import { FUNCTIONS } from './registry';

/**
 * The words that document one function: what it computes, what it returns, and each
 * argument's description and default. The browser build leaves them out of the code Excel
 * loads at start-up (scripts/strip-doc-text.js; Excel itself reads functions.json) and
 * loads them as a chunk of their own when the task pane or EXPLAIN first needs them.
 */
export interface DocText {
  description: Bilingual;
  returns: Bilingual;
  args: { description: Bilingual; defaultText?: Bilingual }[];
}

export type DocTexts = Record<string, DocText>;

export function docTextsOf(functions: readonly FunctionSpec[]): DocTexts {
  const texts: DocTexts = {};
  for (const fn of functions) {
    texts[fn.name] = {
      description: fn.description,
      returns: fn.returns,
      args: fn.args.map((a) => (a.defaultText ? { description: a.description, defaultText: a.defaultText } : { description: a.description })),
    };
  }
  return texts;
}

/** Puts the texts back into the specs (an argument spec shared by two functions gets the same words twice). */
export function applyDocTexts(functions: readonly FunctionSpec[], texts: DocTexts): void {
  for (const fn of functions) {
    const t = texts[fn.name];
    if (!t || t.args.length !== fn.args.length) throw new Error(`documentation texts do not match the registry at ${fn.name}: rebuild the add-in`);
    fn.description = t.description;
    fn.returns = t.returns;
    fn.args.forEach((arg, i) => {
      arg.description = t.args[i].description;
      if (t.args[i].defaultText) arg.defaultText = t.args[i].defaultText;
    });
  }
}

let loading: Promise<void> | undefined;

/**
 * Resolves once every spec in the registry carries its documentation texts. In Node the
 * sources carry them already and this only writes the same words back; in the browser it
 * fetches the chunk once (and again after a failed fetch).
 */
export function loadDocTexts(): Promise<void> {
  loading ??= import(/* webpackChunkName: "doctexts" */ './docTextTable').then(
    (m) => applyDocTexts(FUNCTIONS, m.default),
    (e) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
