/**
 * Rewrites formula text as Excel stores it into text HyperFormula parses:
 *   _xldudf_SUBSIDY_NAME(   → SUBSIDY.NAME(   (how Excel saves a JS custom function call)
 *   _xlfn. / _xlws. prefixes → dropped        (future-function markers)
 *   bare TRUE / FALSE        → TRUE() / FALSE()
 * String literals ("…", with "" as an escaped quote) are copied untouched.
 */
export function toHyperFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // Copy a whole string literal, "" included.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copy to its closing quote ('' escapes a quote).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const rest = formula.slice(i);
    const udf = /^_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)(?=\s*\()/.exec(rest);
    if (udf && !isIdentChar(formula[i - 1])) {
      out += `${udf[1]}.${udf[2]}`;
      i += udf[0].length;
      continue;
    }
    const prefix = /^_xl(?:fn|ws)\./i.exec(rest);
    if (prefix && !isIdentChar(formula[i - 1])) {
      i += prefix[0].length;
      continue;
    }
    const bool = /^(TRUE|FALSE)\b(?!\s*\()(?![.!:])/i.exec(rest);
    if (bool && !isIdentChar(formula[i - 1])) {
      out += `${bool[1].toUpperCase()}()`;
      i += bool[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function isIdentChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.$]/.test(ch);
}
