/** The pane's language: Excel's display language inside Excel, the user's remembered choice first, Chinese otherwise. */
import { chooseLanguage, LANG_KEY, languageFromOffice, pick, readStoredLanguage, storeLanguage, t } from '../../src/taskpane/i18n';
import { hostFromReady, OUTSIDE, watchHost } from '../../src/taskpane/host';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

test('Excel display languages: zh-* is Chinese, anything else English', () => {
  for (const l of ['zh-CN', 'zh-TW', 'zh-HK', 'ZH-cn', 'zh']) expect(languageFromOffice(l)).toBe('zh');
  for (const l of ['en-US', 'en-GB', 'de-DE', 'ja-JP', 'zu-ZA', '', undefined]) expect(languageFromOffice(l)).toBe('en');
});

test('choice order: stored choice, then Excel display language (inside Excel only), then Chinese', () => {
  expect(chooseLanguage({ stored: 'en', inExcel: true, displayLanguage: 'zh-CN' })).toBe('en');
  expect(chooseLanguage({ stored: 'zh', inExcel: true, displayLanguage: 'en-US' })).toBe('zh');
  expect(chooseLanguage({ stored: null, inExcel: true, displayLanguage: 'en-US' })).toBe('en');
  expect(chooseLanguage({ stored: null, inExcel: true, displayLanguage: 'zh-CN' })).toBe('zh');
  expect(chooseLanguage({ stored: null, inExcel: false, displayLanguage: 'en-US' })).toBe('zh');
  expect(chooseLanguage({ stored: 'fr', inExcel: false })).toBe('zh');
});

test('the choice is remembered in localStorage; a storage that throws is survived', () => {
  const s = memoryStorage();
  expect(readStoredLanguage(s)).toBeNull();
  storeLanguage(s, 'en');
  expect(s.getItem(LANG_KEY)).toBe('en');
  expect(readStoredLanguage(s)).toBe('en');
  const broken = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new Error('denied');
    },
  };
  expect(readStoredLanguage(broken)).toBeNull();
  expect(() => storeLanguage(broken, 'zh')).not.toThrow();
  expect(readStoredLanguage(undefined)).toBeNull();
});

test('strings: placeholders filled, both languages present, bilingual fallback when one side is blank', () => {
  expect(t('zh', 'resultsCount', { n: 3 })).toBe('共 3 条');
  expect(t('en', 'resultsCount', { n: 3 })).toBe('3 policies');
  expect(t('en', 'tabPolicies')).toBe('Policies');
  expect(t('zh', 'tabPolicies')).toBe('政策');
  expect(pick('en', { zh: '中', en: '' })).toBe('中');
  expect(pick('zh', { zh: '', en: 'en' })).toBe('en');
});

describe('host detection', () => {
  const HostType = { Excel: 'Excel', Word: 'Word' } as unknown as typeof Office.HostType;

  test('Excel: in Excel, with its display language and requirement sets', () => {
    const office = {
      HostType,
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'en-US', requirements: { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= 8 } },
    } as unknown as Parameters<typeof hostFromReady>[0];
    const host = hostFromReady(office, { host: 'Excel' as unknown as Office.HostType });
    expect(host).toMatchObject({ known: true, inExcel: true, displayLanguage: 'en-US' });
    expect(host.supports('1.8')).toBe(true);
    expect(host.supports('1.18')).toBe(false);
  });

  test('another host or no host (a plain browser) is outside Excel', () => {
    const office = { HostType } as unknown as Parameters<typeof hostFromReady>[0];
    expect(hostFromReady(office, { host: null })).toBe(OUTSIDE);
    expect(hostFromReady(office, { host: 'Word' as unknown as Office.HostType })).toBe(OUTSIDE);
  });

  test('no office.js at all: outside Excel at once', () => {
    const seen: unknown[] = [];
    watchHost((h) => seen.push(h), undefined);
    expect(seen).toEqual([OUTSIDE]);
  });

  test('Office.onReady that never answers: outside Excel after the wait; a late Excel answer still wins', async () => {
    let answer: (info: { host: unknown }) => void = () => undefined;
    const office = {
      HostType,
      onReady: (cb: (info: unknown) => void) =>
        new Promise((resolve) => {
          answer = (info) => resolve(cb(info));
        }),
      context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: () => true } },
    } as unknown as Parameters<typeof watchHost>[1];
    const seen: { inExcel: boolean }[] = [];
    watchHost((h) => seen.push(h), office, 10);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([OUTSIDE]);
    answer({ host: 'Excel' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.map((h) => h.inExcel)).toEqual([false, true]);
  });
});
