/**
 * Where the pane runs. Inside Excel, Office.onReady reports host Excel; opened as a plain web
 * page, office.js still loads but reports no host (or never becomes ready when its helper
 * scripts cannot be fetched); if office.js failed to load at all there is no Office global.
 * Only the first case offers the Excel actions.
 *
 * The pane does not wait for this to draw itself: it renders at once with the Excel actions
 * hidden, and `watchHost` reports the host when Office.onReady answers — or "outside Excel"
 * after a short wait, corrected if Office.onReady answers later after all.
 */

export interface HostInfo {
  /** False until Office.onReady has answered or the wait ran out. */
  known: boolean;
  inExcel: boolean;
  /** Excel's display language (e.g. "zh-CN"), inside Excel only. */
  displayLanguage?: string;
  /** ExcelApi requirement-set check; always false outside Excel. */
  supports: (version: string) => boolean;
}

export const PENDING: HostInfo = { known: false, inExcel: false, supports: () => false };
export const OUTSIDE: HostInfo = { known: true, inExcel: false, supports: () => false };

/** How long to wait for Office.onReady before saying "outside Excel" (a later answer still counts). */
export const READY_TIMEOUT_MS = 1500;

type OfficeLike = Pick<typeof Office, 'onReady' | 'HostType'> & { context?: typeof Office.context };

/** Host information from Office.onReady's answer. */
export function hostFromReady(office: OfficeLike, info: { host?: Office.HostType | null } | undefined): HostInfo {
  if (!info || info.host !== office.HostType.Excel) return OUTSIDE;
  const requirements = office.context?.requirements;
  return {
    known: true,
    inExcel: true,
    displayLanguage: office.context?.displayLanguage,
    supports: (version) => {
      try {
        return !!requirements && requirements.isSetSupported('ExcelApi', version);
      } catch {
        return false;
      }
    },
  };
}

/** Calls `report` with the host once known (and again if a late Office.onReady says Excel). */
export function watchHost(report: (host: HostInfo) => void, office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office, timeoutMs = READY_TIMEOUT_MS): void {
  if (!office || typeof office.onReady !== 'function') {
    report(OUTSIDE);
    return;
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) report(OUTSIDE);
  }, timeoutMs);
  const done = (host: HostInfo) => {
    clearTimeout(timer);
    answered = true;
    report(host);
  };
  try {
    office.onReady((info) => done(hostFromReady(office, info))).catch(() => done(OUTSIDE));
  } catch {
    done(OUTSIDE);
  }
}
