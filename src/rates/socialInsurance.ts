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
