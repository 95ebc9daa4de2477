/**
 * Quoted runs in formula text: a "…" string literal or a '…' sheet name, the quote doubled
 * to escape it. Every formula scanner skips them with these, so that none rewrites or reads
 * references inside a string or a sheet name, and all agree on where one ends. Pure and
 * import-free: the task pane bundle, the templates and the audit share it.
 */

/** The index of the quote closing the run that opens at `i`, or -1 when the text ends first. */
export function closingQuote(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === q) {
      if (text[j + 1] === q) j += 2;
      else return j;
    } else j++;
  }
  return -1;
}

/** The end (exclusive) of the quoted run that opens at `i`; an unclosed run takes the rest of the text. */
export function quotedEnd(text: string, i: number): number {
  const close = closingQuote(text, i);
  return close < 0 ? text.length : close + 1;
}

/** A whole quoted run ("say ""hi""" or 'It''s') as the text it stands for. */
export function unquote(run: string): string {
  const q = run[0];
  return run.slice(1, -1).split(q + q).join(q);
}

/**
 * Formula text rewritten left to right outside its quoted runs: at each position `code` may
 * return [replacement, characters consumed (≥ 1)], or nothing to keep the character. Each
 * quoted run goes to `quoted` whole (kept by default), with its end so that it can look at
 * what follows (`'Sheet'!`).
 */
export function rewriteOutsideQuotes(
  formula: string,
  code: (i: number) => readonly [string, number] | undefined,
  quoted: (run: string, end: number) => string = (run) => run,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += quoted(formula.slice(i, end), end);
      i = end;
      continue;
    }
    const r = code(i);
    if (r) {
      out += r[0];
      i += r[1];
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
