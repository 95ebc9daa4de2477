import { date, quantity, type ArgType } from '../engine/args';
import { isoDate, type Day } from '../engine/dates';
import { notCovered, numError, valueError } from '../engine/errors';
import { Dec, sumDec, ZERO } from '../engine/money';
import { entryOn, type RateEntry } from '../engine/provenance';
import type { Trace } from '../engine/trace';
import { defineFunction, optional, required } from '../registry/define';
import { STEAM_GRADES, STEAM_SPLIT_SOURCE, type SteamGrade } from '../rates/steam';

const KNOWN = STEAM_GRADES.map((g) => `${g.pressure}MPa`).join('、');
const PRESSURE_ACCEPTS = {
  zh: `热汽压力（MPa），数字或如 "1.3MPa" 的文本；已定价的压力：${KNOWN}`,
  en: `steam pressure in MPa, a number or text like "1.3MPa"; priced pressures: ${KNOWN}`,
};

/** A steam grade from 0.7 or "0.7MPa"; a pressure the seed does not price is #N/A, naming those it does. */
export const pressure: ArgType<SteamGrade> = {
  kind: 'pressure',
  accepts: PRESSURE_ACCEPTS,
  unit: { zh: 'MPa', en: 'MPa' },
  parse(raw, arg) {
    let text: string;
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw) || raw <= 0) throw numError(arg, PRESSURE_ACCEPTS, raw);
      text = String(raw);
    } else if (typeof raw === 'string') {
      const m = /^\s*(\d+(?:\.\d+)?)\s*(?:mpa)?\s*$/i.exec(raw.normalize('NFKC'));
      if (!m) throw valueError(arg, PRESSURE_ACCEPTS, raw);
      text = m[1];
    } else {
      throw valueError(arg, PRESSURE_ACCEPTS, raw);
    }
    const wanted = new Dec(text);
    const found = STEAM_GRADES.find((g) => new Dec(g.pressure).equals(wanted));
    if (!found) {
      throw notCovered(
        {
          zh: `参数 ${arg}：威发改发〔2020〕56号 未给 ${text}MPa 热汽定价；已定价的压力为 ${KNOWN}`,
          en: `argument ${arg}: 威发改发〔2020〕56号 sets no price for ${text} MPa steam; priced pressures: ${KNOWN}`,
        },
        arg,
      );
    }
    return found;
  },
  show: (g) => `${g.pressure}MPa`,
};

const tons = quantity({ zh: '吨', en: 'tons' });

const STEAM_ARGS = [
  required('pressure', pressure, { zh: '热汽压力，如 0.7 或 "1.3MPa"', en: 'steam pressure, e.g. 0.7 or "1.3MPa"' }),
  required('tons', tons, { zh: '抄表周期内用汽量（吨）', en: 'steam used in the meter-reading period (tons)' }),
  required('readStart', date, { zh: '本期抄表起始日（计入）', en: 'first day of the reading period (counted)' }),
  required('readEnd', date, { zh: '本期抄表截止日（不计入）', en: 'end of the reading period (not counted)' }),
] as const;

interface PricedSpan {
  entry: RateEntry<Dec>;
  days: number;
}

/** The reading period's days split by the price in force on each day (start counted, end not). */
function splitByPrice(g: SteamGrade, start: Day, end: Day): PricedSpan[] {
  return g.prices
    .map((entry) => {
      const from = Math.max(start, entry.from ?? start);
      const to = Math.min(end, entry.to === undefined ? end : entry.to + 1);
      return { entry, days: Math.max(0, to - from) };
    })
    .filter((s) => s.days > 0);
}

/**
 * The bill under 000#67's rule: daily average use × days at each price. Computed as
 * tons × Σ(days × price) / total days, so the one division comes last and no rounded
 * daily average ever enters the amount.
 */
function steamBill(g: SteamGrade, used: Dec, start: Day, end: Day, t: Trace): { bill: Dec; days: number } {
  if (end <= start) {
    throw numError('readEnd', { zh: `晚于 readStart（${isoDate(start)}）的日期`, en: `a date after readStart (${isoDate(start)})` }, isoDate(end));
  }
  const days = t.calc({ zh: '抄表周期天数', en: 'days in the reading period' }, end - start, {
    zh: `${isoDate(end)} − ${isoDate(start)}（起始日计入，截止日不计入）`,
    en: `${isoDate(end)} − ${isoDate(start)} (start counted, end not)`,
  });
  t.calc({ zh: '日平均用汽量（吨）', en: 'daily average use (tons)' }, used.dividedBy(days).toDecimalPlaces(4), {
    zh: '用汽量 ÷ 天数（显示保留 4 位小数，计算不舍入）',
    en: 'tons ÷ days (shown to 4 places; not rounded in the computation)',
  }, STEAM_SPLIT_SOURCE);
  const parts = splitByPrice(g, start, end).map((span) => {
    const price = t.rate(span.entry);
    const spanTons = used.times(span.days).dividedBy(days);
    t.calc(
      { zh: `按 ${price.toString()} 元/吨计费的用汽量`, en: `tons billed at ${price.toString()} yuan/t` },
      spanTons.toDecimalPlaces(4),
      { zh: `日平均用汽量 × ${span.days} 天`, en: `daily average × ${span.days} days` },
      STEAM_SPLIT_SOURCE,
    );
    return price.times(span.days);
  });
  const bill = used.times(sumDec(parts)).dividedBy(days);
  return { bill: t.calc({ zh: '热汽费', en: 'steam bill' }, bill, { zh: 'Σ 各价格用汽量 × 价格', en: 'Σ tons at each price × price' }), days };
}

const STEAM_SOURCES = ['000#67'];

export const STEAMPRICE = defineFunction({
  name: 'STEAMPRICE',
  group: 'utilities',
  description: {
    zh: '威海市区生产经营用热汽每吨价格：2020年2月1日起 0.7MPa 177→168、1.1MPa 195→186、1.3MPa 197.5→188.5、2.4MPa 210.6→201.6。',
    en: 'Weihai urban production steam price per ton: from 2020-02-01 0.7 MPa 177→168, 1.1 MPa 195→186, 1.3 MPa 197.5→188.5, 2.4 MPa 210.6→201.6.',
  },
  returns: { zh: '元/吨', en: 'yuan per ton' },
  result: 'money',
  args: [
    required('pressure', pressure, { zh: '热汽压力，如 0.7 或 "1.3MPa"', en: 'steam pressure, e.g. 0.7 or "1.3MPa"' }),
    optional('date', date, { zh: '价格日期，省略为现行价格', en: 'date of the price; omitted = the current price' }),
  ],
  sources: STEAM_SOURCES,
  example: [0.7, '2020-03-01'],
  compute([g, day], t) {
    // The current price is the entry with no end date: the seed's adjustment has none.
    const found = day === null ? g.prices.find((p) => p.to === undefined) : entryOn(g.prices, day);
    if (!found) throw new Error(`steam table ${g.pressure} has no entry in force`);
    return t.rate(found);
  },
});

export const STEAMBILL = defineFunction({
  name: 'STEAMBILL',
  group: 'utilities',
  description: {
    zh: '跨 2020年2月1日 的抄表周期热汽费：日平均用汽量 × 2月1日及以后天数按新价，其余按原价。',
    en: 'Steam bill for a reading period straddling 2020-02-01: daily average × days on/after 2020-02-01 at the new price, the rest at the old one.',
  },
  returns: { zh: '热汽费（元）', en: 'bill (yuan)' },
  result: 'money',
  args: STEAM_ARGS,
  sources: STEAM_SOURCES,
  example: [0.7, 300, '2020-01-15', '2020-02-14'],
  compute([g, used, start, end], t) {
    return steamBill(g, used, start, end, t).bill;
  },
});

export const STEAMRELIEF = defineFunction({
  name: 'STEAMRELIEF',
  group: 'utilities',
  description: {
    zh: '该抄表周期因热汽降价节省的费用：全部按原价计费 − 实际热汽费。',
    en: 'The saving in that bill: the bill at the old price for every day minus the actual bill.',
  },
  returns: { zh: '节省额（元）', en: 'saving (yuan)' },
  result: 'money',
  args: STEAM_ARGS,
  sources: STEAM_SOURCES,
  example: [0.7, 300, '2020-01-15', '2020-02-14'],
  compute([g, used, start, end], t) {
    const { bill } = steamBill(g, used, start, end, t);
    const oldPrice = t.rate(g.prices[0]);
    const atOld = t.calc({ zh: '全部按原价的热汽费', en: 'bill at the old price throughout' }, used.times(oldPrice), {
      zh: '用汽量 × 原价',
      en: 'tons × old price',
    });
    const saving = atOld.minus(bill);
    return t.calc({ zh: '节省额', en: 'saving' }, saving.isNegative() ? ZERO : saving, {
      zh: '原价热汽费 − 实际热汽费',
      en: 'bill at old price − actual bill',
    });
  },
});

export const STEAM_FUNCTIONS = [STEAMPRICE, STEAMBILL, STEAMRELIEF];
