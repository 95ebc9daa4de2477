import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

/*
 * Rate data for the finance functions other than LOANSUBSIDY (whose data is in loans.ts):
 * IMPORTINTEREST, BRIDGEFEE, BRIDGESAVING, RISKCOMP, STARTUPLOANMAX, LOGISTICSSUBSIDY.
 * Every quote of basis `seed` is copied character for character from the seed file, and
 * chosen to contain no whitespace, so it is found in the raw seed and in the seed with
 * whitespace removed alike.
 */

const LU_ZHENGBAN_4 = '鲁政办发〔2020〕4号';
const LIAOCHENG_NOTICE = '聊城市人民政府办公室通知（2020年2月7日）';
const JINING_GUIDANCE = '济宁市委经济运行应急保障指挥部工业运行工作组指导意见（2020年3月10日）';

// ───────────────────────── IMPORTINTEREST (000#22) ─────────────────────────

export const IMPORT_SUBSIDY_SOURCE: Source = {
  ref: '000#22',
  // The seed prints the document's title without a 文号.
  docNo: ['山东省商务厅《关于应对当前疫情做好外经贸工作的意见》'],
  quote:
    '对企业在全省突发公共卫生事件一级响应期内进口的医用防护用品、消毒用品、检测试剂、医疗器械等防疫物资，按中国人民银行公布的人民币1年期贷款基准利率给予贴息支持。',
  basis: 'seed',
};

/**
 * 000#22's "全省突发公共卫生事件一级响应期": the seed names the period but not its dates.
 * Shandong started its level-1 (Ⅰ级) response on 2020-01-24 and lowered it to level 2 from
 * 24:00 on 2020-03-07, so the last whole day of level 1 is 2020-03-07.
 */
export const LEVEL1_RESPONSE: RateEntry<string> = entry({
  label: { zh: '山东省重大突发公共卫生事件Ⅰ级响应期（进口日期须在此期间）', en: "Shandong's level-1 public-health emergency response (the import must fall in it)" },
  value: 'Ⅰ级响应 level 1',
  from: '2020-01-24',
  to: '2020-03-07',
  source: {
    ref: '山东省人民政府启动重大突发公共卫生事件Ⅰ级响应（2020-01-24）；省委新型冠状病毒肺炎疫情处置工作领导小组（指挥部）办公室《关于调整山东省新冠肺炎疫情防控应急响应级别的公告》（2020-03-07）',
    docNo: [],
    quote: '自2020年3月7日24时起，将山东省新冠肺炎疫情防控应急响应级别由重大突发公共卫生事件Ⅰ级响应调整为Ⅱ级响应',
    basis: 'external',
    note: {
      zh: '种子文件只写“一级响应期内”，未给日期。起始日取山东省启动Ⅰ级响应之日 2020-01-24；结束日取 2020-03-07（当日24时起调整为Ⅱ级响应，故3月7日整日仍属一级响应期）。函数以 startDate 作为进口（融资起始）日期判断是否在此期间。',
      en: 'The seed says "during the province\'s level-1 response" without dates. Start: 2020-01-24, the day Shandong launched the level-1 response; end: 2020-03-07 (level 2 applied from 24:00 that day, so all of 7 March is still level 1). The function tests startDate, read as the import (financing) date, against this window.',
    },
  },
});

/** The rate 000#22 names: the PBoC one-year RMB benchmark lending rate, 4.35% since 2015-10-24 and still published in 2020. */
export const BENCHMARK_ONE_YEAR: RateEntry<Dec> = entry({
  label: { zh: '人民币1年期贷款基准利率（默认贴息利率）', en: 'PBoC one-year RMB benchmark lending rate (default subsidy rate)' },
  value: dec('0.0435'),
  from: '2015-10-24',
  source: {
    ref: '中国人民银行 2015年10月23日 下调金融机构人民币贷款和存款基准利率的决定（自2015年10月24日起执行）',
    docNo: [],
    quote: '金融机构一年期贷款基准利率下调0.25个百分点至4.35%',
    basis: 'external',
    note: {
      zh: '此后人民银行未再调整1年期贷款基准利率，2020年仍为 4.35%；如贴息文件另有利率，可用 rate 参数覆盖。',
      en: 'The PBoC did not change the one-year benchmark again; it was still 4.35% in 2020. Pass rate to override.',
    },
  },
});

// ───────────────────────── BRIDGEFEE / BRIDGESAVING (000#37, 003#2, 004#7) ─────────────────────────

const BRIDGE_RATE_SOURCE: Source = {
  ref: '000#37',
  docNo: [LU_ZHENGBAN_4],
  quote: '实行转贷费用优惠费率，通过省转贷平台和市县转贷机构共同让利，中小企业应急转贷费率由每日0.1%降低至0.08%以下。',
  basis: 'seed',
};

/** 000#37: the reduced daily fee is "0.08%以下", read as at most 0.08% (以下 includes the figure itself). */
export const BRIDGE_RATE_CEILING: RateEntry<Dec> = entry({
  label: { zh: '应急转贷日费率上限（优惠费率）', en: 'bridge-loan daily fee ceiling (reduced rate)' },
  value: dec('0.0008'),
  source: BRIDGE_RATE_SOURCE,
});

/** 000#37: the daily fee before the cut. */
export const BRIDGE_RATE_BEFORE: RateEntry<Dec> = entry({
  label: { zh: '应急转贷原日费率', en: 'bridge-loan daily fee before the cut' },
  value: dec('0.001'),
  source: BRIDGE_RATE_SOURCE,
});

/** 000#37: a single bridge loan may run up to 15 days. */
export const BRIDGE_MAX_DAYS: RateEntry<number> = entry({
  label: { zh: '应急转贷单笔最长使用天数', en: 'longest use of one bridge loan (days)' },
  value: 15,
  source: {
    ref: '000#37',
    docNo: [LU_ZHENGBAN_4],
    quote: '中小企业应急转贷基金使用期限，确有需要的，单笔业务可延长至15天。',
    basis: 'seed',
  },
});

/** The province's implementing rule and Jining's guidance repeat the same ceiling and limit. */
export const BRIDGE_PROVINCE_SOURCE: Source = {
  ref: '003#2',
  docNo: ['鲁工信发〔2020〕1号'],
  quote: '严格执行疫情期间转贷基金使用优惠费率标准',
  basis: 'seed',
};

export const BRIDGE_JINING_SOURCE: Source = {
  ref: '004#7',
  docNo: [JINING_GUIDANCE],
  quote: '加强应急转贷基金使用,开通应急转贷服务受理绿色通道,单笔业务可延长至15天,转贷费率由每日0.1%降低至0.08%以下。',
  basis: 'seed',
};

// ───────────────────────── RISKCOMP (000#38, 001#11, 003#1) ─────────────────────────

export interface RiskRule {
  /** Share of the non-performing principal compensated. */
  share: RateEntry<Dec>;
  /** Largest single-enterprise loan balance that still qualifies (inclusive: 不超过). */
  cap: RateEntry<Dec>;
}

const PROVINCE_RISK_SOURCE: Source = {
  ref: '000#38',
  docNo: [LU_ZHENGBAN_4],
  quote:
    '在疫情期间，金融机构向小微企业发放的流动资金贷款和技术改造类项目贷款（单户企业贷款余额不超过1000万元），确认为不良部分的，省级风险补偿资金按照贷款本金的30%给予补偿。',
  basis: 'seed',
};

const WEIHAI_RISK_SOURCE: Source = {
  ref: '000#38',
  docNo: [LU_ZHENGBAN_4],
  quote: '对在疫情期间向小微企业发放的贷款（企业贷款不超过500万元），确认为不良且符合规定的，市级风险补偿资金按照贷款本金的40%给予补偿。',
  basis: 'seed',
};

const LIAOCHENG_RISK_SOURCE: Source = {
  ref: '001#11',
  docNo: [LIAOCHENG_NOTICE, LU_ZHENGBAN_4],
  quote: '建立市级小微企业贷款风险补充补偿机制，激励各金融机构加大信贷投入，在省级补偿之外，市级追加贷款本金20%补偿。',
  basis: 'seed',
};

/** 003#1: the province's procedure; loans from 2020-01-01 during the epidemic. */
export const PROVINCE_RISK_PROCEDURE: Source = {
  ref: '003#1',
  docNo: ['鲁工信发〔2020〕1号'],
  quote: '符合省财政有关规定，银行业、金融机构在小微企业贷款逾期认定为不良后',
  basis: 'seed',
  note: {
    zh: '003#1 适用于“自2020年1月1日起至疫情防控期间发生的贷款项目”；本函数没有放款日期参数，不检查此条件。',
    en: '003#1 covers loans made from 2020-01-01 during the epidemic; the function has no loan-date argument and does not check it.',
  },
};

export const RISK_RULES: Record<'province' | 'weihai' | 'liaocheng', RiskRule> = {
  province: {
    share: entry({ label: { zh: '省级风险补偿比例（占不良贷款本金）', en: 'provincial compensation share of the NPL principal' }, value: dec('0.3'), source: PROVINCE_RISK_SOURCE }),
    cap: entry({ label: { zh: '省级补偿：单户企业贷款余额上限（元）', en: 'provincial: largest single-enterprise loan balance (yuan)' }, value: dec('10000000'), source: PROVINCE_RISK_SOURCE }),
  },
  weihai: {
    share: entry({ label: { zh: '威海市级风险补偿比例（占不良贷款本金）', en: 'Weihai city compensation share of the NPL principal' }, value: dec('0.4'), source: WEIHAI_RISK_SOURCE }),
    cap: entry({ label: { zh: '威海市级补偿：企业贷款上限（元）', en: 'Weihai city: largest enterprise loan (yuan)' }, value: dec('5000000'), source: WEIHAI_RISK_SOURCE }),
  },
  liaocheng: {
    share: entry({ label: { zh: '聊城市级追加补偿比例（省级补偿之外）', en: 'Liaocheng city extra share (on top of the provincial one)' }, value: dec('0.2'), source: LIAOCHENG_RISK_SOURCE }),
    cap: entry({
      label: { zh: '聊城追加补偿：单户企业贷款余额上限（同省级，元）', en: 'Liaocheng extra: largest single-enterprise loan balance (as the province, yuan)' },
      value: dec('10000000'),
      source: {
        ...LIAOCHENG_RISK_SOURCE,
        basis: 'assumption',
        note: {
          zh: '001#11 未设余额上限，但“在省级补偿之外……追加”表明它追加在获得省级补偿的贷款上，故采用省级条件（单户企业贷款余额不超过1000万元，000#38）。聊城追加部分单独返回，不含省级 30%；合计请用 RISKCOMP(…,"province")+RISKCOMP(…,"city","liaocheng")。',
          en: '001#11 sets no balance cap, but "in addition to the provincial compensation" means it tops up loans the province compensates, so the provincial condition (single-enterprise balance ≤ 10,000,000, 000#38) is applied. The Liaocheng extra is returned alone, without the provincial 30%; for the total add RISKCOMP(…,"province") and RISKCOMP(…,"city","liaocheng").',
        },
      },
    }),
  },
};

// ───────────────────────── STARTUPLOANMAX (000#40) ─────────────────────────

const STARTUP_DOCS = [LU_ZHENGBAN_4, '鲁政发〔2020〕5号', '威政办发〔2020〕2号', '威政办发〔2020〕3号'];

const STARTUP_PARTNER_SOURCE: Source = {
  ref: '000#40',
  docNo: STARTUP_DOCS,
  quote: '按照每个创业企业借款人最多不超过（含）3名合伙人，每人最高不超过15万元，可申请不超过45万元的创业担保贷款。',
  basis: 'seed',
};

const STARTUP_RATIO_SOURCE: Source = {
  ref: '000#40',
  docNo: STARTUP_DOCS,
  quote: '降低小微企业创业担保贷款申请条件，当年新招用符合条件人员占现有职工比例下调为20%，职工超过100人的比例下调为10%。',
  basis: 'seed',
};

/** 000#40: at most 150,000 per borrower; an individual borrower is one person. */
export const STARTUP_PER_PERSON: RateEntry<Dec> = entry({
  label: { zh: '创业担保贷款每人最高额度（元）', en: 'startup guaranteed loan: most per person (yuan)' },
  value: dec('150000'),
  source: STARTUP_PARTNER_SOURCE,
});

export const STARTUP_MAX_PARTNERS: RateEntry<number> = entry({
  label: { zh: '合伙创业计入额度的合伙人数上限', en: 'most partners counted' },
  value: 3,
  source: STARTUP_PARTNER_SOURCE,
});

export const STARTUP_PARTNERSHIP_MAX: RateEntry<Dec> = entry({
  label: { zh: '合伙（组织起来）创业贷款最高额度（元）', en: 'partnership startup loan: most in total (yuan)' },
  value: dec('450000'),
  source: STARTUP_PARTNER_SOURCE,
});

export const STARTUP_ENTERPRISE_MAX: RateEntry<Dec> = entry({
  label: { zh: '小微企业创业担保贷款最高额度（元）', en: 'small/micro enterprise startup loan: most (yuan)' },
  value: dec('3000000'),
  source: {
    ref: '000#40',
    docNo: STARTUP_DOCS,
    quote: '小微企业可申请最高不超过300万元的创业担保贷款。',
    basis: 'seed',
  },
});

/** 000#40: new hires as a share of current staff, at least 20%… */
export const STARTUP_HIRE_RATIO: RateEntry<Dec> = entry({
  label: { zh: '当年新招用人员占现有职工比例（下限）', en: 'new hires as a share of current staff (minimum)' },
  value: dec('0.2'),
  source: STARTUP_RATIO_SOURCE,
});

/** …or at least 10% for an enterprise with more than 100 staff. */
export const STARTUP_HIRE_RATIO_LARGE: RateEntry<Dec> = entry({
  label: { zh: '职工超过100人时新招用人员比例（下限）', en: 'minimum share for more than 100 staff' },
  value: dec('0.1'),
  source: STARTUP_RATIO_SOURCE,
});

/** The staff number above which the 10% share applies ("超过100人": more than 100). */
export const STARTUP_STAFF_THRESHOLD: RateEntry<number> = entry({
  label: { zh: '适用10%比例的职工人数（超过此数）', en: 'staff above which the lower share applies' },
  value: 100,
  source: STARTUP_RATIO_SOURCE,
});

// ───────────────────────── LOGISTICSSUBSIDY (000#21) ─────────────────────────

const LOGISTICS_SOURCE: Source = {
  ref: '000#21',
  docNo: ['鲁政办发〔2020〕5号'],
  quote: '对参与国家和省组织调运任务的流通企业，按省内调运30%、跨省调运50%的比例给予物流费用补助，单个企业补助总额不超过50万元。',
  basis: 'seed',
};

export type LogisticsScope = 'in' | 'cross';

export const LOGISTICS_SHARES: Record<LogisticsScope, RateEntry<Dec>> = {
  in: entry({ label: { zh: '省内调运物流费用补助比例', en: 'in-province transport: subsidy share' }, value: dec('0.3'), source: LOGISTICS_SOURCE }),
  cross: entry({ label: { zh: '跨省调运物流费用补助比例', en: 'cross-province transport: subsidy share' }, value: dec('0.5'), source: LOGISTICS_SOURCE }),
};

export const LOGISTICS_CAP: RateEntry<Dec> = entry({
  label: { zh: '单个企业物流费用补助总额上限（元）', en: 'most per enterprise in total (yuan)' },
  value: dec('500000'),
  source: LOGISTICS_SOURCE,
});
