import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

/** One month of a rent-relief schedule: the share of that month's rent not charged. */
export interface ReliefMonth {
  month: string;
  share: Dec;
}

export interface ReliefSchedule {
  label: { zh: string; en: string };
  months: readonly ReliefMonth[];
  source: Source;
}

const WEIHAI_DOCS = ['鲁政办发〔2020〕4号', '威政办发〔2020〕2号', '威政办发〔2020〕3号'];

const free = (month: string): ReliefMonth => ({ month, share: dec('1') });
const half = (month: string): ReliefMonth => ({ month, share: dec('0.5') });

/** 000#49: tenants of state-owned enterprises, 两免两减半 from 2020-01. */
export const WEIHAI_SOE: ReliefSchedule = {
  label: { zh: '威海 国有企业房产 两免两减半', en: 'Weihai SOE landlord: 2 months free + 2 months half' },
  months: [free('2020-01'), free('2020-02'), half('2020-03'), half('2020-04')],
  source: {
    ref: '000#49',
    docNo: WEIHAI_DOCS,
    quote: '对承租国有企业经营性房产的中小企业，房租实行“两免两减半”，即自2020年1月起，2个月房租免收、2个月房租减半。',
    basis: 'seed',
  },
};

/** 000#49: tenants of city-owned SOEs in the hard-hit service trades, 两免四减半. */
export const WEIHAI_CITY_SOE_SERVICES: ReliefSchedule = {
  label: { zh: '威海 市属国企房产 服务业 两免四减半', en: 'Weihai city-SOE landlord, hard-hit trades: 2 months free + 4 months half' },
  months: [free('2020-01'), free('2020-02'), half('2020-03'), half('2020-04'), half('2020-05'), half('2020-06')],
  source: {
    ref: '000#49',
    docNo: WEIHAI_DOCS,
    quote: '其中对承租市属国有企业经营用房的餐饮住宿、批发零售、交通物流和旅游行业企业，房租实行“两免四减半”，2个月租金免收、4个月租金减半。',
    basis: 'seed',
    note: {
      zh: '“交通物流”按《国民经济行业分类》门类 G 理解为交通运输业、仓储业、邮政业及物流标签。',
      en: '"交通物流" is read as sector G of the national classification: transport, warehousing, postal, plus the logistics tag.',
    },
  },
};

export const WEIHAI_OTHER_LANDLORDS: Source = {
  ref: '000#49',
  docNo: WEIHAI_DOCS,
  quote: '对租用其他经营用房的，鼓励业主（房东）为租户减免租金，参照国有资产类经营用房减免，具体由双方协商解决。',
  basis: 'seed',
};

/** 001#5: three months free; the notice names no months. */
export const LIAOCHENG_THREE_MONTHS: ReliefSchedule = {
  label: { zh: '聊城 国企房产或创业园区 减免3个月', en: 'Liaocheng SOE landlord or start-up park: 3 months free' },
  months: [free('2020-02'), free('2020-03'), free('2020-04')],
  source: {
    ref: '001#5',
    docNo: ['聊城市人民政府办公室通知（2020年2月7日）', '鲁政办发〔2020〕4号'],
    quote:
      '对承租国有企业经营性房产的中小企业，可以减免3个月的房租；各县（市、区）、市属开发区享受过财政政策支持的小微企业创业园区、创业示范基地等载体，对入驻中小企业减免3个月房租',
    basis: 'assumption',
    note: {
      zh: '通知只说“减免3个月”，未说哪几个月；本表按通知发布（2020-02-07）当月起算，排在 2020年2—4月。减免总额不受月份影响。',
      en: 'The notice grants "3 months" without naming them; the schedule places them from the month of the notice (2020-02-07): 2020-02…04. The total does not depend on which months.',
    },
  },
};

export const LIAOCHENG_OTHER_LANDLORDS: Source = {
  ref: '001#5',
  docNo: ['聊城市人民政府办公室通知（2020年2月7日）'],
  quote: '鼓励各类科技企业孵化器（众创空间）减免中小企业房租',
  basis: 'seed',
};

export const QINGDAO_NO_AMOUNT: Source = {
  ref: '002#7',
  docNo: ['青岛市人民政府通知（2020）'],
  quote: '国有、集体及享受过财政支持政策的小微企业创业载体要带头减免承租的小微企业房租，鼓励其他民营小微企业创业载体为租户减免租金。',
  basis: 'seed',
};

/** The first and last months any schedule touches: RENTSCHEDULE always spills these six rows. */
export const SCHEDULE_FIRST_MONTH = '2020-01';
export const SCHEDULE_MONTHS = 6;

// ─────────────────────────────────────────────────────────────────────────────
// INCUBATORSUBSIDY (000#23, 001#5)
// ─────────────────────────────────────────────────────────────────────────────

export type IncubatorLevel = 'province' | 'city';

const INCUBATOR_PROVINCE_SOURCE: Source = {
  ref: '000#23',
  docNo: ['鲁政发〔2020〕5号'],
  quote:
    '对在疫情期间为承租的中小企业减免租金的省级创业孵化示范基地（园区）、省级人力资源服务产业园区，给予最长3个月的运营补贴，补贴标准为减免租金总额的30%，最高50万元',
  basis: 'seed',
};

const INCUBATOR_CITY_SOURCE: Source = {
  ref: '000#23',
  docNo: ['威政办发〔2020〕2号'],
  quote:
    '对在疫情期间为承租的中小企业、人力资源服务机构减免租金的市级创业孵化示范基地、市级人力资源服务产业园，给予最长3个月的运营补贴，补贴标准为减免租金总额的30%，最高20万元',
  basis: 'seed',
};

/** 001#5: Liaocheng restates the provincial subsidy (30%, at most 500,000, at most 3 months). */
export const INCUBATOR_LIAOCHENG_SOURCE: Source = {
  ref: '001#5',
  docNo: ['聊城市人民政府办公室通知（2020年2月7日）', '鲁政办发〔2020〕4号'],
  quote: '对在疫情期间为中小企业减免租金的省级创业孵化基地、示范园区，给予最长3个月的运营补贴，补贴标准为减免租金金额的30%，最高50万元。',
  basis: 'seed',
};

/** 000#23: the provincial and city (Weihai) subsidies may not both be claimed. */
export const INCUBATOR_NO_DOUBLE_SOURCE: Source = {
  ref: '000#23',
  docNo: ['鲁政发〔2020〕5号', '威政办发〔2020〕2号'],
  quote: '省级创业孵化示范基地、省级人力资源服务产业园区运营补贴不与市级重复享受。',
  basis: 'seed',
};

export interface IncubatorRule {
  share: RateEntry<Dec>;
  cap: RateEntry<Dec>;
  /** Rent reductions of at most this many months count. */
  maxMonths: RateEntry<number>;
}

function incubatorRule(source: Source, cap: string, name: { zh: string; en: string }): IncubatorRule {
  return {
    share: entry<Dec>({
      label: { zh: `${name.zh}运营补贴比例（占减免租金总额）`, en: `${name.en} operating subsidy share of the rent reduced` },
      value: dec('0.3'),
      source,
    }),
    cap: entry<Dec>({
      label: { zh: `${name.zh}运营补贴上限`, en: `${name.en} operating subsidy cap` },
      value: dec(cap),
      source,
    }),
    maxMonths: entry<number>({
      label: { zh: `${name.zh}运营补贴最长月数（减免租金月数）`, en: `${name.en} subsidy: months of rent reduction counted at most` },
      value: 3,
      source,
    }),
  };
}

export const INCUBATOR_RULES: Record<IncubatorLevel, IncubatorRule> = {
  province: incubatorRule(INCUBATOR_PROVINCE_SOURCE, '500000', { zh: '省级创业孵化示范基地（园区）', en: 'provincial incubator/park' }),
  city: incubatorRule(INCUBATOR_CITY_SOURCE, '200000', { zh: '威海市级创业孵化示范基地', en: 'Weihai city-level incubator/park' }),
};
