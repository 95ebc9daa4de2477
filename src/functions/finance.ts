import { date, money, rate } from '../engine/args';
import { codeType } from '../engine/codes';
import { addMonths, dayFromIso, isoDate } from '../engine/dates';
import { numError } from '../engine/errors';
import { percentText, ZERO } from '../engine/money';
import { defineFunction, required, withDefault } from '../registry/define';
import { DAY_BASIS, LOAN_RULES, PROVINCE_NEW_LOANS_SOURCE, type LoanLevel } from '../rates/loans';

export const loanLevel = codeType<LoanLevel>('level', [
  { code: 'national', zh: '国家', en: 'national', aliases: ['中央', '中央财政', '国家级'] },
  { code: 'province', zh: '省级', en: 'province', aliases: ['省', '省财政', 'provincial'] },
  { code: 'city', zh: '市级', en: 'city', aliases: ['市', '市财政', '威海'] },
]);

export const LOANSUBSIDY = defineFunction({
  name: 'LOANSUBSIDY',
  group: 'finance',
  description: {
    zh: '疫情防控重点保障企业 2020年新增贷款财政贴息：本金 × 再贷款利率 × 50% × 天数/360，贴息期不超过1年。',
    en: "Interest subsidy on a key epidemic-supply enterprise's new 2020 loan: principal × relending rate × 50% × days/360, at most one year.",
  },
  returns: { zh: '贴息额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('principal', money, { zh: '贷款本金（元）', en: 'loan principal (yuan)' }),
    required('refRate', rate, { zh: '人民银行再贷款利率（年），如 2.5%', en: 'PBoC relending rate (annual), e.g. 2.5%' }),
    required('startDate', date, { zh: '贷款起息日（2020年内新增）', en: 'loan start date (a new 2020 loan)' }),
    required('endDate', date, { zh: '计息截止日（不计入）', en: 'end of the interest period (not counted)' }),
    withDefault('level', loanLevel, { zh: '贴息层级：national 中央、province 省级、city 市级（比例相同，决定引用的文件）', en: 'level: national, province or city (same share; selects the citation)' }, 'national' as LoanLevel, { zh: 'national（中央财政，财金〔2020〕3号）', en: 'national (财金〔2020〕3号)' }),
  ],
  sources: ['000#24', '003#5'],
  example: [10000000, 0.025, '2020-02-15', '2021-02-15', 'province'],
  compute([principal, refRate, start, end, level], t) {
    if (end < start) {
      throw numError('endDate', { zh: `不早于 startDate（${isoDate(start)}）的日期`, en: `a date not before startDate (${isoDate(start)})` }, isoDate(end));
    }
    const rule = LOAN_RULES[level];
    if (start < dayFromIso(rule.loansFrom) || start > dayFromIso(rule.loansTo)) {
      t.because(
        { zh: '不是2020年新增贷款', en: 'not a new 2020 loan' },
        { zh: `起息日 ${isoDate(start)} 不在 ${rule.loansFrom} 至 ${rule.loansTo}`, en: `start ${isoDate(start)} is outside ${rule.loansFrom} … ${rule.loansTo}` },
        level === 'province' ? PROVINCE_NEW_LOANS_SOURCE : rule.share.source,
      );
      return ZERO;
    }
    const capEnd = addMonths(start, rule.maxMonths);
    const capped = end > capEnd;
    const days = t.calc(
      { zh: '贴息天数', en: 'days subsidised' },
      (capped ? capEnd : end) - start,
      capped
        ? { zh: `贴息期不超过1年：截至 ${isoDate(capEnd)}（上限生效）`, en: `at most one year: to ${isoDate(capEnd)} (cap applied)` }
        : { zh: `${isoDate(end)} − ${isoDate(start)}（未超过1年上限）`, en: `${isoDate(end)} − ${isoDate(start)} (within the one-year cap)` },
      rule.share.source,
    );
    const share = t.rate(rule.share, percentText(rule.share.value));
    const basis = t.rate(DAY_BASIS);
    return t.calc(
      { zh: '贴息额', en: 'subsidy' },
      principal.times(refRate).times(share).times(days).dividedBy(basis),
      { zh: `本金 × ${percentText(refRate)} × ${percentText(share)} × ${days}/360`, en: `principal × ${percentText(refRate)} × ${percentText(share)} × ${days}/360` },
    );
  },
});

export const FINANCE_FUNCTIONS = [LOANSUBSIDY];
