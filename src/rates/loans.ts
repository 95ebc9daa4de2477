import { dec, type Dec } from '../engine/money';
import { entry, type RateEntry, type Source } from '../engine/provenance';

export type LoanLevel = 'national' | 'province' | 'city';

/**
 * Day count for interest-type subsidies: actual days / 360. FUNCTIONS.md states it as the
 * Chinese bank convention (日利率 = 年利率 / 360); the seeds themselves name no day count.
 */
export const DAY_BASIS: RateEntry<Dec> = entry({
  label: { zh: '计息天数基准（日利率 = 年利率/360）', en: 'day-count basis (daily rate = annual rate / 360)' },
  value: dec('360'),
  source: {
    ref: 'FUNCTIONS.md conventions',
    docNo: [],
    quote: 'Interest-type subsidies use actual days / 360 (Chinese bank convention: 日利率 = 年利率/360).',
    basis: 'assumption',
    note: {
      zh: '种子文件未规定计息天数，按银行惯例 实际天数/360。',
      en: 'The seeds give no day count; the bank convention actual/360 is used.',
    },
  },
});

export interface LoanSubsidyRule {
  share: RateEntry<Dec>;
  /** Loans whose start date falls in this window qualify (2020's new loans). */
  loansFrom: string;
  loansTo: string;
  /** Subsidy period at most this many months from the loan's start. */
  maxMonths: number;
}

function rule(level: LoanLevel, docNo: string[], quote: string, label: string): LoanSubsidyRule {
  const source: Source = { ref: '000#24', docNo, quote, basis: 'seed' };
  return {
    share: entry({ label: { zh: `${label}贴息比例（占再贷款利率）`, en: `${level} subsidy share of the relending rate` }, value: dec('0.5'), source }),
    loansFrom: '2020-01-01',
    loansTo: '2020-12-31',
    maxMonths: 12,
  };
}

/** 000#24 (and 003#5 for the province): 50% of the PBoC relending rate, at most one year, on 2020's new loans. */
export const LOAN_RULES: Record<LoanLevel, LoanSubsidyRule> = {
  national: rule(
    'national',
    ['财金〔2020〕3号'],
    '对2020年新增的疫情防控重点保障企业贷款，在人民银行专项再贷款支持金融机构提供优惠利率信贷的基础上，中央财政按人民银行再贷款利率的50%给予贴息，贴息期限不超过1年',
    '中央财政',
  ),
  province: rule(
    'province',
    ['鲁政办发〔2020〕4号', '鲁工信发〔2020〕1号'],
    '对省确定的疫情防控重点保障企业，省财政按人民银行再贷款利率50%给予贴息，贴息期限不超过1年。',
    '省财政',
  ),
  city: rule(
    'city',
    ['威政办发〔2020〕2号', '威财金〔2020〕8号'],
    '对市疫情防控重点保障企业2020年新增的贷款，市财政按人民银行再贷款利率50%给予贴息，贴息期限为1年。',
    '威海市财政',
  ),
};

export const PROVINCE_NEW_LOANS_SOURCE: Source = {
  ref: '003#5',
  docNo: ['鲁工信发〔2020〕1号'],
  quote: '省确定的疫情防控重点保障企业，可凭借2020年1月1日后疫情防控期内新生效的贷款合同申请贴息。',
  basis: 'seed',
};
