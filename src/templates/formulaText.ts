import { NAMESPACE } from '../registry/registry';
import { rangeCells, address as a1 } from './a1';
import { quotedEnd, unquote } from './quoted';

/**
 * Formula text as the layouts hold it (`SUBSIDY.NAME(...)`, no leading "=") and as an .xlsx
 * stores it. Excel saves a call to a JavaScript custom function as `_xldudf_SUBSIDY_NAME(`;
 * a workbook holding `SUBSIDY.NAME(` shows #NAME? until each cell is re-entered. The inverse
 * is src/hyperformula/formulaText.ts `toHyperFormula`.
 */

interface Piece {
  /** `code` is formula syntax; `string` a "…" literal; `sheet` a '…' quoted sheet name. */
  kind: 'code' | 'string' | 'sheet';
  text: string;
}

/** Splits formula text so that rewriting never touches the inside of a string literal or quoted sheet name. */
function pieces(formula: string): Piece[] {
  const out: Piece[] = [];
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      if (code) out.push({ kind: 'code', text: code });
      code = '';
      out.push({ kind: ch === '"' ? 'string' : 'sheet', text: formula.slice(i, end) });
      i = end;
      continue;
    }
    code += ch;
    i++;
  }
  if (code) out.push({ kind: 'code', text: code });
  return out;
}

const CALL = new RegExp(`(^|[^A-Za-z0-9_.$])${NAMESPACE}\\.([A-Za-z][A-Za-z0-9]*)(?=\\s*\\()`, 'gi');

/** `SUBSIDY.NAME(` → `_xldudf_SUBSIDY_NAME(` everywhere outside literals, nested calls included. */
export function toXlsxFormula(formula: string): string {
  return pieces(formula)
    .map((p) => (p.kind === 'code' ? p.text.replace(CALL, (_m, pre: string, name: string) => `${pre}_xldudf_${NAMESPACE}_${name.toUpperCase()}`) : p.text))
    .join('');
}

/** The SUBSIDY functions a formula calls, in order of appearance, without repeats. */
export function functionsIn(formula: string): string[] {
  const names: string[] = [];
  for (const p of pieces(formula)) {
    if (p.kind !== 'code') continue;
    for (const m of p.text.matchAll(CALL)) {
      const name = m[2].toUpperCase();
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

export interface CellRef {
  /** The sheet the reference names, or undefined for the formula's own sheet. */
  sheet?: string;
  /** A relative A1 address ("B5"). */
  address: string;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/;

/**
 * Every cell a formula refers to (ranges expanded), with the sheet it names if any. Function
 * names (LOG10() and the like) are not references: a reference is never followed by "(".
 */
export function referencesIn(formula: string): CellRef[] {
  const refs: CellRef[] = [];
  const ps = pieces(formula);
  ps.forEach((p, k) => {
    if (p.kind !== 'code') return;
    let text = p.text;
    let sheetFromQuote: string | undefined;
    if (text.startsWith('!') && ps[k - 1]?.kind === 'sheet') {
      sheetFromQuote = unquote(ps[k - 1].text);
      text = text.slice(1);
    }
    let i = 0;
    let first = true;
    while (i < text.length) {
      const prev = text[i - 1];
      if (prev === undefined || !/[A-Za-z0-9_.$\u0080-\uffff]/.test(prev)) {
        // A bare sheet name: Name!A1
        const named = /^([A-Za-z_\u0080-\uffff][A-Za-z0-9_.\u0080-\uffff]*)!/.exec(text.slice(i));
        let sheet = first && i === 0 ? sheetFromQuote : undefined;
        let at = i;
        if (named) {
          sheet = named[1];
          at = i + named[0].length;
        }
        const m = REF.exec(text.slice(at));
        const next = m ? text[at + m[0].length] : undefined;
        if (m && (next === undefined || !/[A-Za-z0-9_(.]/.test(next))) {
          const range = m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
          for (const c of rangeCells(range)) refs.push({ sheet, address: a1(c.row, c.col) });
          i = at + m[0].length;
          first = false;
          continue;
        }
      }
      first = false;
      i++;
    }
  });
  return refs;
}
