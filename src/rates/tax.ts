import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

/*
 * Rate data for TECHTRANSFERTAX, LOSSCARRYEND, DEPOSITREFUND and FEEDISCOUNT.
 * Seed quotes are copied character for character and contain no whitespace.
 */

// ───────────────────────── TECHTRANSFERTAX (000#15 items 3 and 6) ─────────────────────────

const TECH_TRANSFER_SOURCE: Source = {
  ref: '000#15',
  docNo: ['鲁税发〔2020〕12号'],
  quote: '一个纳税年度内，居民企业技术转让所得不超过500万元的部分，免征企业所得税；超过500万元的部分，减半征收企业所得税。',
  basis: 'seed',
};

/** The part of one tax year's technology-transfer income that is exempt. */
export const TECH_TRANSFER_EXEMPT: RateEntry<Dec> = entry({
  label: { zh: '技术转让所得免征额（元/纳税年度）', en: 'technology-transfer income exempt per tax year (yuan)' },
  value: dec('5000000'),
  source: TECH_TRANSFER_SOURCE,
});

/** "减半征收": the excess is taxed at half the rate. */
export const TECH_TRANSFER_EXCESS_SHARE: RateEntry<Dec> = entry({
  label: { zh: '超过部分减半征收（按税率的比例）', en: 'excess taxed at this share of the rate (halved)' },
  value: dec('0.5'),
  source: TECH_TRANSFER_SOURCE,
});

/** The default rate: the standard corporate income tax rate, which the seed does not print. */
export const CIT_STANDARD_RATE: RateEntry<Dec> = entry({
  label: { zh: '企业所得税法定税率（默认）', en: 'standard corporate income tax rate (default)' },
  value: dec('0.25'),
  source: {
    ref: '中华人民共和国企业所得税法 第四条',
    docNo: ['中华人民共和国主席令第63号'],
    quote: '企业所得税的税率为25%。',
    basis: 'external',
  },
});

/** 000#15 item 3: high-tech enterprises pay 15%; shown in the explanation when that rate is passed. */
export const CIT_HIGH_TECH_RATE: RateEntry<Dec> = entry({
  label: { zh: '高新技术企业企业所得税税率', en: 'corporate income tax rate for high-tech enterprises' },
  value: dec('0.15'),
  source: {
    ref: '000#15',
    docNo: ['鲁税发〔2020〕12号'],
    quote: '国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。',
    basis: 'seed',
  },
});

// ───────────────────────── LOSSCARRYEND (000#14 item 1, 000#15 item 4) ─────────────────────────

const HARD_HIT_SOURCE: Source = {
  ref: '000#14',
  docNo: ['鲁税发〔2020〕11号'],
  quote: '自2020年1月1日起，受疫情影响较大的困难行业企业2020年度发生的亏损，最长结转年限由5年延长至8年。',
  basis: 'seed',
};

const HIGH_TECH_SOURCE: Source = {
  ref: '000#15',
  docNo: ['鲁税发〔2020〕12号'],
  quote:
    '自2018年1月1日起，当年具备高新技术企业或科技型中小企业资格的企业，其具备资格年度之前5个年度发生的尚未弥补完的亏损，准予结转以后年度弥补，最长结转年限由5年延长至10年。',
  basis: 'seed',
};

/** The general rule, which both clauses state as the one they extend ("由5年延长至…"); it is 企业所得税法 §18. */
export const LOSS_YEARS_NORMAL: RateEntry<number> = entry({
  label: { zh: '亏损最长结转年限（一般企业）', en: 'longest loss carry-forward (general rule), years' },
  value: 5,
  source: {
    ...HARD_HIT_SOURCE,
    note: {
      zh: '一般规定为《企业所得税法》第十八条：结转年限最长不得超过五年；种子文件以“由5年延长至”引述。',
      en: 'The general rule is Article 18 of the Enterprise Income Tax Law (at most five years); the seed cites it as "extended from 5 years".',
    },
  },
});

/** Hard-hit industries: 8 years, only for losses of tax year 2020 (the window is that year). */
export const LOSS_YEARS_HARD_HIT: readonly RateEntry<number>[] = [
  entry({
    label: { zh: '亏损最长结转年限（受疫情影响较大的困难行业，2020年度亏损）', en: 'longest carry-forward for hard-hit industries (2020 losses), years' },
    value: 8,
    from: '2020-01-01',
    to: '2020-12-31',
    source: HARD_HIT_SOURCE,
  }),
];

/** High-tech / tech SMEs: 10 years, from 2018-01-01, for losses of the 5 years before the qualifying year. */
export const LOSS_YEARS_HIGH_TECH: RateEntry<number> = entry({
  label: { zh: '亏损最长结转年限（高新技术企业、科技型中小企业）', en: 'longest carry-forward for high-tech enterprises and tech SMEs, years' },
  value: 10,
  from: '2018-01-01',
  source: HIGH_TECH_SOURCE,
});

export const HIGH_TECH_LOOKBACK_YEARS: RateEntry<number> = entry({
  label: { zh: '具备资格年度之前可适用的亏损年度数', en: 'loss years before the qualifying year that are covered' },
  value: 5,
  source: HIGH_TECH_SOURCE,
});

// ───────────────────────── DEPOSITREFUND (000#62) ─────────────────────────

export const DEPOSIT_REFUND_SHARE: RateEntry<Dec> = entry({
  label: { zh: '旅游服务质量保证金暂退比例', en: 'share of the tourism quality deposit returned' },
  value: dec('0.8'),
  source: {
    ref: '000#62',
    docNo: ['威政办发〔2020〕3号'],
    quote: '全市所有已依法交纳保证金、领取旅行社业务经营许可证的旅行社可暂退已交纳数额80%的旅游服务质量保证金（被法院冻结的除外）。',
    basis: 'seed',
  },
});

// ───────────────────────── FEEDISCOUNT (000#63) ─────────────────────────

export const FEE_CUT_SHARE: RateEntry<Dec> = entry({
  label: { zh: '计量检定、食品药品检验检测收费减收比例', en: 'cut in metrology and food/drug testing fees' },
  value: dec('0.5'),
  source: {
    ref: '000#63',
    docNo: ['鲁市监综字〔2020〕45号', '威市监发〔2020〕19号'],
    quote:
      '疫情防控期间，省、市市场监管局所属的计量检定机构、食品药品检验检测机构，对复工复产企业计量器具的检定校准收费、食品药品质量检验检测项目收费减收50%。',
    basis: 'seed',
  },
});
