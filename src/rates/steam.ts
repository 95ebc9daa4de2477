import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

const DOC = ['威发改发〔2020〕56号'];

/** The day-split rule: tons after 2020-02-01 = daily average × days at the new price. */
export const STEAM_SPLIT_SOURCE: Source = {
  ref: '000#67',
  docNo: DOC,
  quote: '热汽用户2020年2月1日后的用汽量，可按对应抄表周期内日平均用汽量乘以应执行调整后汽价的天数确定。',
  basis: 'seed',
};

export const NEW_PRICE_FROM = '2020-02-01';

export interface SteamGrade {
  /** Turbine outlet gauge pressure, MPa, as the seed writes it. */
  pressure: string;
  prices: readonly RateEntry<Dec>[];
}

function grade(pressure: string, oldPrice: string, newPrice: string, quote: string): SteamGrade {
  const source: Source = { ref: '000#67', docNo: DOC, quote, basis: 'seed' };
  return {
    pressure,
    prices: [
      // The seed gives the old price only as what was replaced; it names no start date.
      entry({
        label: { zh: `${pressure}MPa 热汽原价（元/吨）`, en: `${pressure} MPa steam, old price (yuan/t)` },
        value: dec(oldPrice),
        to: '2020-01-31',
        source,
      }),
      entry({
        label: { zh: `${pressure}MPa 热汽调整后价格（元/吨）`, en: `${pressure} MPa steam, new price (yuan/t)` },
        value: dec(newPrice),
        from: NEW_PRICE_FROM,
        source,
      }),
    ],
  };
}

/** 000#67: Weihai urban production steam prices per ton, cut from 2020-02-01. */
export const STEAM_GRADES: readonly SteamGrade[] = [
  grade('0.7', '177', '168', '市区自2020年2月1日起，生产经营用0.7Mpa热汽（汽轮机出口表压，下同）价格由每吨177元调整为168元'),
  grade('1.1', '195', '186', '1.1Mpa热汽价格由每吨195元调整为186元'),
  grade('1.3', '197.5', '188.5', '1.3Mpa热汽价格由每吨197.5元调整为188.5元'),
  grade('2.4', '210.6', '201.6', '2.4Mpa热汽价格由每吨210.6元调整为201.6元'),
];
