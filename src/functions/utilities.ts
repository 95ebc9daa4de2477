import { bool, money, month, quantity } from '../engine/args';
import { industry, industryName, type Industry } from '../engine/codes';
import type { Bilingual } from '../engine/errors';
import { percentText, ZERO } from '../engine/money';
import type { RateEntry } from '../engine/provenance';
import type { Dec } from '../engine/money';
import type { Trace } from '../engine/trace';
import { entryForMonth, monthSpan } from '../engine/windows';
import { defineFunction, required, withDefault, type FunctionSpec } from '../registry/define';
import {
  DEMAND_PENALTY_MULTIPLE,
  DEMAND_RELIEF_MULTIPLE,
  DEMAND_THRESHOLD,
  GAS_DISCOUNT,
  GAS_INDUSTRIES,
  GAS_SOURCE,
  POWER_SETTLE_SHARE,
  POWER_SOURCE,
  TRANSFER_CEILING,
  TRANSFER_FEBRUARY_REFUND_BY,
  TRANSFER_FEBRUARY_SOURCE,
  WATER_INDUSTRIES,
  WATER_SETTLE_SHARE,
  WATER_SOURCE,
} from '../rates/utilities';


/** The relief when a bill is settled at `share` of itself: bill − bill × share. */
function settledRelief(bill: Dec, share: RateEntry<Dec>, t: Trace, what: Bilingual): Dec {
  const s = t.rate(share, percentText(share.value));
  const settled = t.calc({ zh: `按 ${percentText(s)} 结算的${what.zh}`, en: `${what.en} settled at ${percentText(s)}` }, bill.times(s), {
    zh: `原${what.zh} × ${percentText(s)}`,
    en: `original ${what.en} × ${percentText(s)}`,
  });
  return t.calc({ zh: '减免额', en: 'relief' }, bill.minus(settled), {
    zh: `原${what.zh} − 结算额`,
    en: `original ${what.en} − amount settled`,
  }, share.source);
}

const KWH = { zh: '千瓦时', en: 'kWh' };
const YUAN_PER_KWH = { zh: '元/千瓦时', en: 'yuan per kWh' };
const KW = { zh: '千瓦', en: 'kW' };

// ───────────────────────── POWERRELIEF (000#64 item 1) ─────────────────────────

export const POWERRELIEF = defineFunction({
  name: 'POWERRELIEF',
  group: 'utilities',
  description: {
    zh: `“工商业及其他用电”类别、非高耗能行业用户电费按原到户电价的 ${percentText(POWER_SETTLE_SHARE[0].value)} 结算（${monthSpan(POWER_SETTLE_SHARE)}）：减免额 = 原电费 × (1 − ${percentText(POWER_SETTLE_SHARE[0].value)})；高耗能用户或其他月份为 0。`,
    en: `Electricity of non-high-energy 工商业及其他 users billed at ${percentText(POWER_SETTLE_SHARE[0].value)} of the original price (${monthSpan(POWER_SETTLE_SHARE)}): relief = original bill × (1 − ${percentText(POWER_SETTLE_SHARE[0].value)}); 0 for high-energy users or other months.`,
  },
  returns: { zh: '电费减免额（元）', en: 'relief (yuan)' },
  result: 'money',
  args: [
    required('bill', money, { zh: '按原到户电价计算的当月电费（元）', en: "the month's electricity bill at the original price (yuan)" }),
    required('month', month, { zh: '电费所属月份（用电月份）', en: 'the month the electricity is billed for' }),
    withDefault('highEnergy', bool, { zh: '是否属于高耗能行业，默认 FALSE', en: 'high-energy industry? default FALSE' }, false, {
      zh: 'FALSE（非高耗能行业）',
      en: 'FALSE (not a high-energy industry)',
    }),
  ],
  sources: ['000#64'],
  example: [100000, '2020-03'],
  compute([bill, m, highEnergy], t) {
    // Decision: the user is taken to be in the 工商业及其他用电 category (the function is for it);
    // the month is the month of use the bill is for.
    if (highEnergy) {
      t.because(
        { zh: '高耗能行业用户', en: 'high-energy user' },
        {
          zh: `按 ${percentText(POWER_SETTLE_SHARE[0].value)} 结算只适用于不属于高耗能行业的电力用户`,
          en: `the ${percentText(POWER_SETTLE_SHARE[0].value)} settlement is only for users outside high-energy industries`,
        },
        POWER_SOURCE,
      );
      return ZERO;
    }
    const share = entryForMonth(POWER_SETTLE_SHARE, m, t, { zh: '电价优惠', en: 'price-cut' });
    if (!share) return ZERO;
    return settledRelief(bill, share, t, { zh: '电费', en: 'bill' });
  },
});

// ───────────────────────── TRANSFERPOWERREFUND (000#64 item 2) ─────────────────────────

export const TRANSFERPOWERREFUND = defineFunction({
  name: 'TRANSFERPOWERREFUND',
  group: 'utilities',
  description: {
    zh: `转供电单位收取电价高于每千瓦时 ${TRANSFER_CEILING[0].value.toString()} 元时应退还的差价（${monthSpan(TRANSFER_CEILING)}；${TRANSFER_CEILING[0].fromIso} 至 ${TRANSFER_CEILING[0].toIso} 的超收部分应于 ${TRANSFER_FEBRUARY_REFUND_BY.value} 前退还，${TRANSFER_CEILING[1].fromIso} 至 ${TRANSFER_CEILING[1].toIso} 为“先购电、后用电”预购电价上限；其他收费方式按鲁发改价格〔2019〕906号执行，本函数同样按此上限比较）：(实收电价 − ${TRANSFER_CEILING[0].value.toString()}) × 电量，不低于 0。`,
    en: `Refund owed by a 转供电 landlord charging above ${TRANSFER_CEILING[0].value.toString()} yuan/kWh (${monthSpan(TRANSFER_CEILING)}; over-charges of ${TRANSFER_CEILING[0].fromIso} … ${TRANSFER_CEILING[0].toIso} are refunded by ${TRANSFER_FEBRUARY_REFUND_BY.value}, ${TRANSFER_CEILING[1].fromIso} … ${TRANSFER_CEILING[1].toIso} the prepaid-price ceiling; other billing methods fall under 鲁发改价格〔2019〕906号 and are compared with the same ceiling here): (price paid − ${TRANSFER_CEILING[0].value.toString()}) × kWh, at least 0.`,
  },
  returns: { zh: '应退差价（元）', en: 'refund (yuan)' },
  result: 'money',
  args: [
    required('kwh', quantity(KWH), { zh: '该月用电量（千瓦时）', en: "the month's consumption (kWh)" }),
    required('pricePaid', quantity(YUAN_PER_KWH), { zh: '转供电单位实际收取的电价（元/千瓦时）', en: 'price the landlord charged (yuan per kWh)' }),
    required('month', month, { zh: '用电月份', en: 'the month of use' }),
  ],
  sources: ['000#64'],
  example: [10000, 1.2, '2020-03'],
  compute([kwh, price, m], t) {
    // Decision: February counts (the seed orders Feb 1–29 over-charges refunded by 3-31).
    // For March–June the seed sets the ceiling for the prepaid method (先购电、后用电) and sends
    // other billing methods to 鲁发改价格〔2019〕906号, which the seeds do not print; the function
    // has no billing-method argument and compares every price with the same ceiling, as the
    // description says.
    const ceiling = entryForMonth(TRANSFER_CEILING, m, t, { zh: '转供电限价', en: 'transfer-supply ceiling' });
    if (!ceiling) return ZERO;
    const cap = t.rate(ceiling);
    if (ceiling.source === TRANSFER_FEBRUARY_SOURCE) t.rate(TRANSFER_FEBRUARY_REFUND_BY);
    const excess = t.calc({ zh: '每千瓦时超收', en: 'over-charge per kWh' }, price.minus(cap), {
      zh: `${price.toString()} − ${cap.toString()}`,
      en: `${price.toString()} − ${cap.toString()}`,
    });
    if (!excess.greaterThan(ZERO)) {
      t.because(
        { zh: '未高于限价', en: 'not above the ceiling' },
        { zh: `实收电价 ${price.toString()} 不高于 ${cap.toString()} 元/千瓦时，无需退还`, en: `price ${price.toString()} is not above ${cap.toString()}: nothing to refund` },
        ceiling.source,
      );
      return ZERO;
    }
    return t.calc({ zh: '应退差价', en: 'refund' }, excess.times(kwh), { zh: '每千瓦时超收 × 用电量', en: 'over-charge per kWh × kWh' }, ceiling.source);
  },
});

// ───────────────────────── DEMANDRELIEF (000#53 item 2) ─────────────────────────

export const DEMANDRELIEF = defineFunction({
  name: 'DEMANDRELIEF',
  group: 'utilities',
  description: {
    zh: `按合同最大需量缴纳基本电费的复工复产企业：实际最大需量超过合同值 ${percentText(DEMAND_THRESHOLD.value)} 的部分按实计收，不再加一倍收取，节省 max(0, 实际需量 − ${DEMAND_THRESHOLD.value.toString()} × 合同需量) × 需量电价。`,
    en: `Demand-charge relief for firms billed on contract maximum demand: the part above ${percentText(DEMAND_THRESHOLD.value)} of the contract is billed once instead of double, saving max(0, actual − ${DEMAND_THRESHOLD.value.toString()} × contract) × unit price.`,
  },
  returns: { zh: '基本电费节省额（元）', en: 'saving on the demand charge (yuan)' },
  result: 'money',
  args: [
    required('actualDemand', quantity(KW), { zh: '当月实际最大需量（千瓦）', en: 'actual maximum demand of the month (kW)' }),
    required('contractDemand', quantity(KW), { zh: '合同确定的最大需量（千瓦）', en: 'contract maximum demand (kW)' }),
    required('unitPrice', quantity({ zh: '元/千瓦·月', en: 'yuan per kW-month' }), { zh: '需量电价（元/千瓦·月）', en: 'demand price (yuan per kW-month)' }),
  ],
  sources: ['000#53'],
  example: [1200, 1000, 38],
  compute([actual, contract, price], t) {
    // Decision: the seed's "疫情期间" has no dates and the contract has no month argument;
    // the relief is computed for whatever month the user's figures are for.
    const mult = t.rate(DEMAND_THRESHOLD);
    const limit = t.calc({ zh: '不加倍收费的需量上限', en: 'demand billed normally up to' }, contract.times(mult), {
      zh: `合同需量 × ${mult.toString()}`,
      en: `contract × ${mult.toString()}`,
    });
    const excess = t.calc({ zh: '超出部分需量', en: 'demand above it' }, actual.minus(limit), {
      zh: `${actual.toString()} − ${limit.toString()}`,
      en: `${actual.toString()} − ${limit.toString()}`,
    });
    if (!excess.greaterThan(ZERO)) {
      t.because(
        {
          zh: `实际需量未超过合同值的 ${percentText(DEMAND_THRESHOLD.value)}`,
          en: `actual demand not above ${percentText(DEMAND_THRESHOLD.value)} of the contract`,
        },
        { zh: '没有加倍收费的部分，无节省', en: 'no doubled part, so no saving' },
        DEMAND_THRESHOLD.source,
      );
      return ZERO;
    }
    const doubled = t.rate(DEMAND_PENALTY_MULTIPLE);
    const once = t.rate(DEMAND_RELIEF_MULTIPLE);
    return t.calc(
      { zh: '基本电费节省额', en: 'saving' },
      excess.times(price).times(doubled.minus(once)),
      { zh: `超出需量 × 需量电价 × (${doubled.toString()} − ${once.toString()})`, en: `excess × price × (${doubled.toString()} − ${once.toString()})` },
    );
  },
});

// ───────────────────────── WATERRELIEF (000#59) ─────────────────────────

function industriesText(list: readonly Industry[]): Bilingual {
  return { zh: list.map(industryName).join('、'), en: list.join(', ') };
}

export const WATERRELIEF = defineFunction({
  name: 'WATERRELIEF',
  group: 'utilities',
  description: {
    zh: `威海批发业、零售业、餐饮业、住宿业企业 ${monthSpan(WATER_SETTLE_SHARE)} 用水按现行价格的 ${percentText(WATER_SETTLE_SHARE[0].value)} 结算：减免额 = 水费 × (1 − ${percentText(WATER_SETTLE_SHARE[0].value)})；其他行业或月份为 0。`,
    en: `Weihai water for wholesale, retail, catering and accommodation billed at ${percentText(WATER_SETTLE_SHARE[0].value)} in ${monthSpan(WATER_SETTLE_SHARE)}: relief = bill × (1 − ${percentText(WATER_SETTLE_SHARE[0].value)}); 0 for other trades or months.`,
  },
  returns: { zh: '水费减免额（元）', en: 'relief (yuan)' },
  result: 'money',
  args: [
    required('bill', money, { zh: '按现行水价计算的当月水费（元）', en: "the month's water bill at the current price (yuan)" }),
    required('month', month, { zh: '用水月份', en: 'the month of use' }),
    required('industry', industry, { zh: '企业行业：批发、零售、餐饮、住宿 可享受', en: 'industry: wholesale, retail, catering, accommodation qualify' }),
  ],
  sources: ['000#59'],
  example: [5000, '2020-03', '餐饮'],
  compute([bill, m, ind], t) {
    if (!WATER_INDUSTRIES.includes(ind)) {
      const list = industriesText(WATER_INDUSTRIES);
      t.because(
        { zh: '行业不适用', en: 'trade not covered' },
        { zh: `${industryName(ind)} 不是 ${list.zh}`, en: `${ind} is not one of ${list.en}` },
        WATER_SOURCE,
      );
      return ZERO;
    }
    const share = entryForMonth(WATER_SETTLE_SHARE, m, t, { zh: '用水优惠', en: 'water-relief' });
    if (!share) return ZERO;
    return settledRelief(bill, share, t, { zh: '水费', en: 'water bill' });
  },
});

// ───────────────────────── GASRELIEF (000#60) ─────────────────────────

export const GASRELIEF = defineFunction({
  name: 'GASRELIEF',
  group: 'utilities',
  description: {
    zh: `威海港华燃气对住宿、餐饮企业管道天然气每立方米优惠 ${GAS_DISCOUNT.value.toString()} 元：减免额 = 用气量 × ${GAS_DISCOUNT.value.toString()}；其他行业为 0。`,
    en: `Weihai pipeline gas (港华燃气) for accommodation and catering: ${GAS_DISCOUNT.value.toString()} yuan off per m³; relief = m³ × ${GAS_DISCOUNT.value.toString()}; 0 for other trades.`,
  },
  returns: { zh: '燃气费优惠额（元）', en: 'relief (yuan)' },
  result: 'money',
  args: [
    required('cubicMeters', quantity({ zh: '立方米', en: 'm³' }), { zh: '管道天然气用气量（立方米）', en: 'pipeline gas used (m³)' }),
    required('industry', industry, { zh: '企业行业：住宿、餐饮 可享受', en: 'industry: accommodation and catering qualify' }),
  ],
  sources: ['000#60'],
  example: [3000, '住宿'],
  compute([m3, ind], t) {
    // Decision: the seed gives no end date for the discount, so no window is applied.
    if (!GAS_INDUSTRIES.includes(ind)) {
      const list = industriesText(GAS_INDUSTRIES);
      t.because(
        { zh: '行业不适用', en: 'trade not covered' },
        { zh: `${industryName(ind)} 不是 ${list.zh}`, en: `${ind} is not one of ${list.en}` },
        GAS_SOURCE,
      );
      return ZERO;
    }
    const off = t.rate(GAS_DISCOUNT);
    return t.calc({ zh: '燃气费优惠额', en: 'relief' }, m3.times(off), {
      zh: `${m3.toString()} 立方米 × ${off.toString()} 元`,
      en: `${m3.toString()} m³ × ${off.toString()} yuan`,
    });
  },
});

export const UTILITY_FUNCTIONS: FunctionSpec[] = [POWERRELIEF, TRANSFERPOWERREFUND, DEMANDRELIEF, WATERRELIEF, GASRELIEF];
