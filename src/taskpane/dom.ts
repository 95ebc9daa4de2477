/**
 * The only way the task pane builds its DOM: createElement, textContent and attributes.
 * No string ever reaches innerHTML, insertAdjacentHTML or outerHTML, so a clause text, a
 * cell value or an error message is always shown as text, never parsed as markup.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  /** Plain attributes (id, type, for, title, aria-*, role, data-*…). Event handler attributes are refused. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

/** An element with its class, attributes, listeners and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name) || name.toLowerCase() === 'style') throw new Error(`h(): attribute ${name} is not allowed`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, handler] of Object.entries(props.on ?? {})) {
    if (handler) node.addEventListener(event, handler as EventListener);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Removes every child of `node`. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces the children of `node`. */
export function replaceChildren(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, ...children);
}

/**
 * `text` as text nodes with the parts matching any of `terms` wrapped in <mark>
 * (case-insensitive, NFKC-insensitive for ASCII and full-width forms).
 */
export function highlighted(text: string, terms: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const wanted = terms.map((x) => x.normalize('NFKC').toLowerCase()).filter(Boolean);
  if (!wanted.length) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  const folded = text.normalize('NFKC').toLowerCase();
  // NFKC can change the length of a string; highlight only when it does not, else show plain text.
  if (folded.length !== text.length) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let bestLen = 0;
    for (const w of wanted) {
      const j = folded.indexOf(w, i);
      if (j >= 0 && (best < 0 || j < best || (j === best && w.length > bestLen))) {
        best = j;
        bestLen = w.length;
      }
    }
    if (best < 0) {
      frag.appendChild(document.createTextNode(text.slice(i)));
      break;
    }
    if (best > i) frag.appendChild(document.createTextNode(text.slice(i, best)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(best, best + bestLen);
    frag.appendChild(mark);
    i = best + bestLen;
  }
  return frag;
}

/** Calls `fn` once `ms` after the last call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: A | undefined;
  const run = (...args: A) => {
    last = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...(last as A));
    }, ms);
  };
  run.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    fn(...(last as A));
  };
  return run;
}
