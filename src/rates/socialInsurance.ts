import { dec, type Dec } from '../engine/money';
import { entry, type Source } from '../engine/provenance';

const RSB_11 = '人社部发〔2020〕11号';

export const SME_WAIVER_SOURCE: Source = {
  ref: '000#1',
  docNo: [RSB_11],
  quote:
    '自2020年2月起，除湖北省外，可根据受疫情影响情况和基金承受能力，免征中小微企业基本养老保险、失业保险、工伤保险三项社会保险单位缴费部分，免征期限不超过5个月',
  basis: 'seed',
};

export const LARGE_HALVING_SOURCE: Source = {
  ref: '000#1',
  docNo: [RSB_11],
  quote: '对大型企业等其他参保单位（不含机关事业单位）三项社会保险单位缴费部分可减半征收，减征期限不超过3个月',
  basis: 'seed',
};

/** Share of the employer's pension + unemployment + work-injury contributions waived, by month. */
export const SME_WAIVER = [
  entry<Dec>({
    label: { zh: '中小微企业三项社保单位缴费免征比例', en: 'share waived for SMEs (pension, unemployment, work injury)' },
    value: dec('1'),
    from: '2020-02-01',
    to: '2020-06-30',
    source: SME_WAIVER_SOURCE,
  }),
];

export const LARGE_HALVING = [
  entry<Dec>({
    label: { zh: '大型企业三项社保单位缴费减征比例', en: 'share waived for large enterprises' },
    value: dec('0.5'),
    from: '2020-02-01',
    to: '2020-04-30',
    source: LARGE_HALVING_SOURCE,
  }),
];

const RATES_SOURCE: Source = {
  ref: '000#10',
  docNo: ['威政办发〔2020〕2号'],
  quote: '继续执行企业职工养老保险单位缴费比例由18%降至16%、失业保险费率由1.5%降至1%的政策',
  basis: 'seed',
};

export const PENSION_RATE = entry<Dec>({
  label: { zh: '养老保险单位缴费比例（默认）', en: 'employer pension rate (default)' },
  value: dec('0.16'),
  source: RATES_SOURCE,
});

export const UNEMPLOYMENT_RATE = entry<Dec>({
  label: { zh: '失业保险单位缴费比例（默认）', en: 'employer unemployment rate (default)' },
  value: dec('0.007'),
  source: {
    ...RATES_SOURCE,
    basis: 'assumption',
    note: {
      zh: '种子文件只给出失业保险总费率 1%；按单位 0.7%、个人 0.3% 的分担取单位部分 0.7%。可用 unemploymentRate 参数覆盖。',
      en: 'The seed gives only the 1% total unemployment rate; the employer share is taken as 0.7% (employer 0.7% / employee 0.3%). Pass unemploymentRate to override.',
    },
  },
});

/** 000#4: employer medical insurance cut by one percentage point, 2020-03-01 … 2020-12-31. */
export const MEDICAL_CUT = [
  entry<Dec>({
    label: { zh: '职工医保单位费率降幅', en: 'cut in the employer medical-insurance rate' },
    value: dec('0.01'),
    from: '2020-03-01',
    to: '2020-12-31',
    source: {
      ref: '000#4',
      docNo: ['鲁政发〔2020〕5号'],
      quote: '自2020年3月1日至12月31日，将职工基本医疗保险单位缴费费率阶段性降低1个百分点。',
      basis: 'seed',
    },
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HOUSINGFUNDSAVING (000#6)
// ─────────────────────────────────────────────────────────────────────────────

const HOUSING_FUND_SEED: Source = {
  ref: '000#6',
  docNo: ['鲁政发〔2020〕5号'],
  quote: '受疫情影响，生产经营出现困难的企业，可依法申请按照企业和个人各5%的最低标准缴存住房公积金。',
  basis: 'seed',
};

/** 000#6: a struggling enterprise may pay the 5% minimum (employer and employee each). */
export const HOUSING_FUND_MIN_RATE = entry<Dec>({
  label: { zh: '住房公积金最低缴存比例（单位）', en: 'minimum housing-fund rate (employer)' },
  value: dec('0.05'),
  source: HOUSING_FUND_SEED,
});

/**
 * The highest legal housing-fund rate: a currentRate above it is not a rate anyone can be
 * paying, so it is #NUM! rather than a larger "saving".
 */
export const HOUSING_FUND_MAX_RATE = entry<Dec>({
  label: { zh: '住房公积金缴存比例上限', en: 'maximum housing-fund rate' },
  value: dec('0.12'),
  source: {
    ref: '建设部 财政部 人民银行《关于住房公积金管理若干具体问题的指导意见》第二条',
    docNo: ['建金管〔2005〕5号', '建金〔2016〕74号'],
    quote: '单位和职工缴存比例不应低于5%，原则上不高于12%。',
    basis: 'external',
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// LATEFEEWAIVED (000#2, 000#5, 001#1 + 社会保险法 第八十六条)
// ─────────────────────────────────────────────────────────────────────────────

/** 社会保险法 §86: the late fee is 0.05% of the arrears per day from the day payment fell due. */
export const LATE_FEE_DAILY_RATE = entry<Dec>({
  label: { zh: '社会保险费滞纳金日费率', en: 'daily late-fee rate on social-insurance arrears' },
  value: dec('0.0005'),
  source: {
    ref: '社会保险法 第八十六条',
    docNo: ['中华人民共和国主席令第三十五号'],
    quote:
      '用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足，并自欠缴之日起，按日加收万分之五的滞纳金',
    basis: 'external',
  },
});

/** 000#2: deferral of the three insurances at most 6 months, no late fee while deferred. */
export const DEFERRAL_MAX_MONTHS = entry<number>({
  label: { zh: '缓缴期最长月数（缓缴期间免收滞纳金）', en: 'longest deferral in months (no late fee while deferred)' },
  value: 6,
  source: {
    ref: '000#2',
    docNo: ['人社部发〔2020〕11号'],
    quote: '受疫情影响生产经营出现严重困难的企业，可申请缓缴社会保险费，缓缴期限原则上不超过6个月，缓缴期间免收滞纳金。',
    basis: 'seed',
  },
});

/** 000#5: the same 6-month limit for medical and maternity insurance. */
export const DEFERRAL_MEDICAL_SOURCE: Source = {
  ref: '000#5',
  docNo: ['鲁医保发〔2020〕5号'],
  quote: '可申请缓缴职工医疗、生育保险费，缓缴期最长6个月。缓缴期间，免收滞纳金',
  basis: 'seed',
};

/** 001#1: Liaocheng's restatement for pension, unemployment and work injury. */
export const DEFERRAL_LIAOCHENG_SOURCE: Source = {
  ref: '001#1',
  docNo: ['聊城市人民政府办公室通知（2020年2月7日）', '鲁政办发〔2020〕4号'],
  quote: '可缓缴养老、失业、工伤保险费，缓缴期最长6个月，缓缴期间免收滞纳金',
  basis: 'seed',
};

// ─────────────────────────────────────────────────────────────────────────────
// STABILITYREFUND (000#42, 001#1, 002#1)
// ─────────────────────────────────────────────────────────────────────────────

const LU_5 = '鲁政发〔2020〕5号';
const LU_4 = '鲁政办发〔2020〕4号';

const STABILITY_PROVINCE_SOURCE: Source = {
  ref: '000#42',
  docNo: [LU_5, LU_4],
  quote: '对不裁员或少裁员的参保企业，返还其上年度实际缴纳失业保险费的50%。',
  basis: 'seed',
};

const LAYOFF_RULE_SOURCE: Source = {
  ref: '000#42',
  docNo: [LU_5, LU_4],
  quote: '将稳岗返还裁员率标准放宽到5.5%，30人（含）以下的参保企业放宽到不超过参保职工总数的20%。',
  basis: 'seed',
};

/** The standard refund share by region: the same 50%, cited from the region's own document. */
export const STABILITY_REFUND_SHARE = {
  province: entry<Dec>({
    label: { zh: '稳岗返还比例（上年度实缴失业保险费）', en: "stability refund share of last year's unemployment premiums" },
    value: dec('0.5'),
    source: STABILITY_PROVINCE_SOURCE,
  }),
  liaocheng: entry<Dec>({
    label: { zh: '聊城 稳岗返还比例（上年度实缴失业保险费）', en: "Liaocheng stability refund share of last year's unemployment premiums" },
    value: dec('0.5'),
    source: {
      ref: '001#1',
      docNo: ['聊城市人民政府办公室通知（2020年2月7日）', LU_4],
      quote: '对不裁员或少裁员的参保企业,可返还其上年度实际缴纳失业保险费的50%',
      basis: 'seed',
    },
  }),
  qingdao: entry<Dec>({
    label: { zh: '青岛 稳岗返还比例（上年度实缴失业保险费）', en: "Qingdao stability refund share of last year's unemployment premiums" },
    value: dec('0.5'),
    source: {
      ref: '002#1',
      docNo: ['青岛市人民政府通知（2020）'],
      quote: '对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%',
      basis: 'seed',
    },
  }),
};

/** 002#1: Qingdao's hardship variant, 50% of six months of last year's enterprise + employee premiums. */
export const QINGDAO_HARDSHIP_SHARE = entry<Dec>({
  label: {
    zh: '青岛 困难企业稳岗返还比例（上年度6个月企业及职工社保费）',
    en: "Qingdao hardship refund share of six months of last year's enterprise + employee premiums",
  },
  value: dec('0.5'),
  source: {
    ref: '002#1',
    docNo: ['青岛市人民政府通知（2020）'],
    quote: '对面临暂时性生产经营困难且有望恢复的企业，返还标准提高到上年度6个月企业及其职工缴纳社会保险费的50%',
    basis: 'seed',
  },
});

/** 000#42: layoff rate limit for the refund, relaxed to 5.5%. */
export const LAYOFF_RATE_LIMIT = entry<Dec>({
  label: { zh: '稳岗返还裁员率上限', en: 'layoff-rate limit for the refund' },
  value: dec('0.055'),
  source: LAYOFF_RULE_SOURCE,
});

/** 000#42: enterprises with at most this many insured staff get the 20% limit instead. */
export const SMALL_INSURED_STAFF = entry<number>({
  label: { zh: '适用放宽裁员率的参保职工人数上限（含）', en: 'insured staff up to which the relaxed limit applies (inclusive)' },
  value: 30,
  source: LAYOFF_RULE_SOURCE,
});

export const SMALL_LAYOFF_RATE_LIMIT = entry<Dec>({
  label: { zh: '30人（含）以下参保企业裁员率上限', en: 'layoff-rate limit for enterprises with ≤ 30 insured staff' },
  value: dec('0.2'),
  source: LAYOFF_RULE_SOURCE,
});

// ─────────────────────────────────────────────────────────────────────────────
// DISABLEDLEVY (000#18 + 财税〔2015〕72号, 财政部公告2019年第98号, 财税〔2018〕39号, Shandong 1.5%)
// ─────────────────────────────────────────────────────────────────────────────

const MOF_98 = '财政部公告2019年第98号';

/** 000#18: enterprises with at most 30 staff pay no levy in 2020-2022. */
export const LEVY_EXEMPT_STAFF = entry<number>({
  label: { zh: '暂免征收残保金的在职职工总数上限（含）', en: 'staff count up to which the levy is waived (inclusive)' },
  value: 30,
  from: '2020-01-01',
  to: '2022-12-31',
  source: {
    ref: '000#18',
    docNo: [LU_5, MOF_98],
    quote: '自2020年1月1日至2022年12月31日，对残保金实行分档减缴，暂免征收在职职工总数30人（含）以下企业残保金。',
    basis: 'seed',
  },
});

/** Shandong's required share of disabled employees (the quota). */
export const DISABLED_QUOTA_RATIO = entry<Dec>({
  label: { zh: '山东省按比例安排残疾人就业比例', en: 'Shandong required share of disabled employees' },
  value: dec('0.015'),
  source: {
    ref: '《山东省残疾人就业办法》（按比例安排残疾人就业）',
    docNo: ['山东省人民政府规章（2013年）'],
    quote: '用人单位应当按照不低于本单位在职职工总数1.5%的比例安排残疾人就业',
    basis: 'external',
    note: {
      zh: '山东省规定比例为 1.5%（财税〔2015〕72号 所称“所在地省、自治区、直辖市人民政府规定的安排残疾人就业比例”）；种子文件未载此比例。规章的令号未能在本项目中核实，故只写规章名称。',
      en: "Shandong's required ratio is 1.5% (the provincial ratio 财税〔2015〕72号 refers to); the seeds do not print it. The regulation's decree number could not be verified here, so only its title is given.",
    },
  },
});

/** 财税〔2015〕72号 第十九条: the levy formula (the shortfall may be fractional). */
export const LEVY_FORMULA_SOURCE: Source = {
  ref: '《残疾人就业保障金征收使用管理办法》第十九条',
  docNo: ['财税〔2015〕72号'],
  quote:
    '保障金年缴纳额=（上年用人单位在职职工人数×所在地省、自治区、直辖市人民政府规定的安排残疾人就业比例－上年用人单位实际安排的残疾人就业人数）×上年用人单位在职职工年平均工资',
  basis: 'external',
};

/** 财税〔2018〕39号: the wage used is capped at twice the local social average wage. */
export const LEVY_WAGE_CAP_MULTIPLE = entry<Dec>({
  label: { zh: '计征工资上限（当地社会平均工资的倍数）', en: 'wage cap (multiple of the local average wage)' },
  value: dec('2'),
  source: {
    ref: '财政部《关于降低部分政府性基金征收标准的通知》第二条',
    docNo: ['财税〔2018〕39号'],
    quote:
      '用人单位在职职工平均工资未超过当地社会平均工资2倍（含）的，按用人单位在职职工年平均工资计征残疾人就业保障金；超过当地社会平均工资2倍的，按当地社会平均工资2倍计算征收残疾人就业保障金',
    basis: 'external',
  },
});

const LEVY_TIERS_SOURCE: Source = {
  ref: '财政部《关于调整残疾人就业保障金征收政策的公告》第一条',
  docNo: [MOF_98],
  quote:
    '用人单位安排残疾人就业比例达到1%（含）以上，但未达到所在地省、自治区、直辖市人民政府规定比例的，按规定应缴费额的50%缴纳残疾人就业保障金；用人单位安排残疾人就业比例在1%以下的，按规定应缴费额的90%缴纳残疾人就业保障金',
  basis: 'external',
};

/** 98号: the ratio from which the 50% tier applies (inclusive). */
export const LEVY_TIER_RATIO = entry<Dec>({
  label: { zh: '分档减缴分界比例（含）', en: 'tier boundary: disabled-employment ratio (inclusive)' },
  value: dec('0.01'),
  from: '2020-01-01',
  to: '2022-12-31',
  source: LEVY_TIERS_SOURCE,
});

export const LEVY_SHARE_AT_OR_ABOVE = entry<Dec>({
  label: { zh: '安排比例 ≥ 1% 时的缴纳比例', en: 'share payable when the ratio is ≥ 1%' },
  value: dec('0.5'),
  from: '2020-01-01',
  to: '2022-12-31',
  source: LEVY_TIERS_SOURCE,
});

export const LEVY_SHARE_BELOW = entry<Dec>({
  label: { zh: '安排比例 < 1% 时的缴纳比例', en: 'share payable when the ratio is < 1%' },
  value: dec('0.9'),
  from: '2020-01-01',
  to: '2022-12-31',
  source: LEVY_TIERS_SOURCE,
});
