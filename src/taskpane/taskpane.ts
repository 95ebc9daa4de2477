/**
 * The task pane's entry (taskpane.js), also the shared runtime's page: functions.js, loaded
 * just before it, has already associated the custom functions. Everything here builds DOM
 * with createElement/textContent (dom.ts); no data ever reaches innerHTML.
 *
 * The engine, the registry and the rate tables come from functions.js (webpack `dependOn`),
 * so the page carries one copy of them; the functions' descriptions (left out of
 * functions.js), the policy catalogue, the template specs and the check tab are chunks
 * loaded on first use.
 */
import { App, type TabId } from './app';
import { PENDING, watchHost } from './host';
import { chooseLanguage, readStoredLanguage } from './i18n';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const store = storage();
  const stored = readStoredLanguage(store);
  const app = new App(root, PENDING, chooseLanguage({ stored, inExcel: false }), store);
  const wanted = /^#(policies|calc|templates|check)$/.exec(location.hash)?.[1] as TabId | undefined;
  app.start(wanted ?? 'policies');
  // Inside Excel the pane follows Excel's display language unless the user chose one.
  watchHost((host) => app.setHost(host, chooseLanguage({ stored: readStoredLanguage(store), inExcel: host.inExcel, displayLanguage: host.displayLanguage })));
  (window as unknown as { subsidyTaskpane?: App }).subsidyTaskpane = app;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
