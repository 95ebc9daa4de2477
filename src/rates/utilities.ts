import type { Industry } from '../engine/codes';
import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

/*
 * Rate data for POWERRELIEF, TRANSFERPOWERREFUND, DEMANDRELIEF, WATERRELIEF and GASRELIEF.
 * Seed quotes are copied character for character and contain no whitespace.
 */

const POWER_DOC = ['鲁发改价格〔2020〕136号'];
const WEIHAI_SERVICES_DOC = ['威政办发〔2020〕3号'];

// ───────────────────────── POWERRELIEF (000#64 item 1) ─────────────────────────

export const POWER_SOURCE: Source = {
  ref: '000#64',
  docNo: POWER_DOC,
  quote:
    '2020年2月1日-6月30日，国网山东省电力公司对执行“工商业及其他用电”类别且不属于高耗能行业的电力用户（含非高耗能行业市场交易用户）计收电费时，统一按原到户电价水平的95%结算。',
  basis: 'seed',
};

/** Share of the original bill settled, by day: 95% from 2020-02-01 to 2020-06-30. */
export const POWER_SETTLE_SHARE: readonly RateEntry<Dec>[] = [
  entry({
    label: { zh: '工商业电费结算比例（占原到户电价）', en: 'share of the original electricity price billed' },
    value: dec('0.95'),
    from: '2020-02-01',
    to: '2020-06-30',
    source: POWER_SOURCE,
  }),
];

// ───────────────────────── TRANSFERPOWERREFUND (000#64 item 2) ─────────────────────────

export const TRANSFER_MARCH_JUNE_SOURCE: Source = {
  ref: '000#64',
  docNo: POWER_DOC,
  quote:
    '3月1日-6月30日，转供电单位按“先购电、后用电”电费收取方式的，“预购电价”标准不得高于我省工商及其他用电类别单一制电价不满1千伏电压等级高峰时段电度电价的95%（即不得高于每千瓦时0.8743元）',
  basis: 'seed',
};

export const TRANSFER_FEBRUARY_SOURCE: Source = {
  ref: '000#64',
  docNo: POWER_DOC,
  quote: '（即不得高于每千瓦时0.8743元）；2月1日-29日高于该标准收取的，应于3月31日前向用户退还差价或抵扣后续电费。',
  basis: 'seed',
  note: {
    zh: '2月份（2月1日—29日）也计入：种子文件明确要求高于该标准收取的差价于3月31日前退还或抵扣。',
    en: 'February (1–29 Feb) counts: the seed expressly requires charges above the standard to be refunded or credited by 31 March.',
  },
};

/**
 * The most a 转供电 landlord may charge per kWh, by day. February: above it is refunded by
 * 2020-03-31; March–June: the prepaid price may not exceed it.
 */
export const TRANSFER_CEILING: readonly RateEntry<Dec>[] = [
  entry({
    label: { zh: '转供电价格上限（元/千瓦时，2月，超收部分应于3月31日前退还）', en: 'transfer-supply ceiling (yuan/kWh, February; excess refunded by 31 March)' },
    value: dec('0.8743'),
    from: '2020-02-01',
    to: '2020-02-29',
    source: TRANSFER_FEBRUARY_SOURCE,
  }),
  entry({
    label: { zh: '转供电预购电价上限（元/千瓦时，3—6月）', en: 'transfer-supply prepaid ceiling (yuan/kWh, March–June)' },
    value: dec('0.8743'),
    from: '2020-03-01',
    to: '2020-06-30',
    source: TRANSFER_MARCH_JUNE_SOURCE,
  }),
];

/** February's over-charges are due back by this day. */
export const TRANSFER_FEBRUARY_REFUND_BY: RateEntry<string> = entry({
  label: { zh: '2月超收差价退还或抵扣期限', en: "deadline to refund or credit February's over-charge" },
  value: '2020-03-31',
  source: TRANSFER_FEBRUARY_SOURCE,
});

// ───────────────────────── DEMANDRELIEF (000#53 item 2) ─────────────────────────

const DEMAND_SOURCE: Source = {
  ref: '000#53',
  docNo: ['鲁发改价格〔2020〕93号'],
  quote:
    '原选择按合同最大需量方式缴纳基本电费的，实际最大需量超过合同确定值105%以上部分按实计收电费，暂停执行“超过105%部分的基本电费加一倍收取”的电价政策。',
  basis: 'seed',
};

/** Demand above this multiple of the contract value is the part normally charged double. */
export const DEMAND_THRESHOLD: RateEntry<Dec> = entry({
  label: { zh: '合同最大需量的倍数（超过部分）', en: 'multiple of the contract demand (the part above it)' },
  value: dec('1.05'),
  source: DEMAND_SOURCE,
});

/** "加一倍收取": the excess is normally billed at twice the demand price. */
export const DEMAND_PENALTY_MULTIPLE: RateEntry<Dec> = entry({
  label: { zh: '超出部分原计费倍数（加一倍收取）', en: 'normal charge on the excess (doubled)' },
  value: dec('2'),
  source: DEMAND_SOURCE,
});

/** "按实计收": during the epidemic the excess is billed once, at the plain price. */
export const DEMAND_RELIEF_MULTIPLE: RateEntry<Dec> = entry({
  label: { zh: '疫情期间超出部分计费倍数（按实计收）', en: 'charge on the excess during the epidemic (as measured)' },
  value: dec('1'),
  source: DEMAND_SOURCE,
});

// ───────────────────────── WATERRELIEF (000#59) ─────────────────────────

export const WATER_SOURCE: Source = {
  ref: '000#59',
  docNo: WEIHAI_SERVICES_DOC,
  quote: '批发业、零售业、餐饮业、住宿业经营企业2020年2、3、4月份用水价格，按现行政策的90%结算。',
  basis: 'seed',
};

/** Share of the water bill settled: 90% in 2020-02, -03 and -04. */
export const WATER_SETTLE_SHARE: readonly RateEntry<Dec>[] = [
  entry({
    label: { zh: '威海批发零售住宿餐饮用水结算比例', en: 'share of the water price billed (Weihai trade and hospitality)' },
    value: dec('0.9'),
    from: '2020-02-01',
    to: '2020-04-30',
    source: WATER_SOURCE,
  }),
];

/** 000#59's four trades: 批发业、零售业、餐饮业、住宿业. */
export const WATER_INDUSTRIES: readonly Industry[] = ['wholesale', 'retail', 'catering', 'accommodation'];

// ───────────────────────── GASRELIEF (000#60) ─────────────────────────

export const GAS_SOURCE: Source = {
  ref: '000#60',
  docNo: WEIHAI_SERVICES_DOC,
  quote: '威海港华燃气公司对住宿餐饮企业管道天然气用气价格，按每立方米优惠0.05元进行结算。',
  basis: 'seed',
};

export const GAS_DISCOUNT: RateEntry<Dec> = entry({
  label: { zh: '住宿餐饮企业管道天然气优惠（元/立方米）', en: 'pipeline gas discount for hotels and restaurants (yuan/m³)' },
  value: dec('0.05'),
  source: GAS_SOURCE,
});

/** 000#60's 住宿餐饮企业. */
export const GAS_INDUSTRIES: readonly Industry[] = ['accommodation', 'catering'];
