import { count, date, money, rate, type ArgType } from '../engine/args';
import { codeType, region } from '../engine/codes';
import { addMonths, dayFromIso, isoDate } from '../engine/dates';
import { notCovered, numError, valueError, type Bilingual } from '../engine/errors';
import { Dec, minDec, percentText, ZERO } from '../engine/money';
import { citationOf, inForce } from '../engine/provenance';
import { defineFunction, optional, required, withDefault } from '../registry/define';
import {
  BENCHMARK_ONE_YEAR,
  BRIDGE_JINING_SOURCE,
  BRIDGE_MAX_DAYS,
  BRIDGE_PROVINCE_SOURCE,
  BRIDGE_RATE_BEFORE,
  BRIDGE_RATE_CEILING,
  IMPORT_SUBSIDY_SOURCE,
  LEVEL1_RESPONSE,
  LOGISTICS_CAP,
  LOGISTICS_SHARES,
  PROVINCE_RISK_PROCEDURE,
  RISK_RULES,
  STARTUP_ENTERPRISE_MAX,
  STARTUP_HIRE_RATIO,
  STARTUP_HIRE_RATIO_LARGE,
  STARTUP_MAX_PARTNERS,
  STARTUP_PARTNERSHIP_MAX,
  STARTUP_PER_PERSON,
  STARTUP_STAFF_THRESHOLD,
  type LogisticsScope,
  type RiskRule,
} from '../rates/finance';
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


// ───────────────────────── IMPORTINTEREST (000#22) ─────────────────────────

const BENCHMARK_PCT = percentText(BENCHMARK_ONE_YEAR.value);

export const IMPORTINTEREST = defineFunction({
  name: 'IMPORTINTEREST',
  group: 'finance',
  description: {
    zh: `防疫物资进口贴息：进口金额 × 人民币1年期贷款基准利率（默认 ${BENCHMARK_PCT}）× 天数/${DAY_BASIS.value.toString()}。进口日期（startDate）须在全省突发公共卫生事件一级响应期内（${LEVEL1_RESPONSE.fromIso} 至 ${LEVEL1_RESPONSE.toIso}），否则为 0。`,
    en: `Interest subsidy on imports of epidemic supplies: amount × one-year benchmark lending rate (default ${BENCHMARK_PCT}) × days/${DAY_BASIS.value.toString()}. The import date (startDate) must fall in Shandong's level-1 response (${LEVEL1_RESPONSE.fromIso} to ${LEVEL1_RESPONSE.toIso}), else 0.`,
  },
  returns: { zh: '贴息额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('amount', money, { zh: '进口防疫物资金额（元），即贴息本金', en: 'value of the epidemic supplies imported (yuan), the amount subsidised' }),
    required('startDate', date, {
      zh: '计息起始日（计入），即进口（付汇、融资）日期，须在一级响应期内',
      en: 'start of the interest period (counted): the import (payment, financing) date, which must fall in the level-1 response',
    }),
    required('endDate', date, { zh: '计息截止日（不计入）', en: 'end of the interest period (not counted)' }),
    optional('rate', rate, {
      zh: `年贴息利率，默认人民币1年期贷款基准利率 ${BENCHMARK_PCT}`,
      en: `annual subsidy rate, default the PBoC one-year benchmark lending rate ${BENCHMARK_PCT}`,
    }),
  ],
  sources: ['000#22'],
  example: [1000000, '2020-02-10', '2020-05-10'],
  compute([amount, start, end, r], t) {
    if (end < start) {
      throw numError('endDate', { zh: `不早于 startDate（${isoDate(start)}）的日期`, en: `a date not before startDate (${isoDate(start)})` }, isoDate(end));
    }
    // Decision: the seed conditions the subsidy on when the goods were imported, not on
    // when interest accrues; startDate is read as the import date, and an interest period
    // running past the level-1 response is subsidised in full (the seed sets no period cap).
    if (!inForce(LEVEL1_RESPONSE, start)) {
      t.because(
        { zh: '进口日期不在一级响应期内', en: 'import date outside the level-1 response' },
        {
          zh: `startDate ${isoDate(start)} 不在 ${LEVEL1_RESPONSE.fromIso} 至 ${LEVEL1_RESPONSE.toIso}（山东省Ⅰ级响应期）`,
          en: `startDate ${isoDate(start)} is outside ${LEVEL1_RESPONSE.fromIso} … ${LEVEL1_RESPONSE.toIso} (Shandong's level-1 response)`,
        },
        IMPORT_SUBSIDY_SOURCE,
      );
      t.because({ zh: '一级响应期的日期', en: 'dates of the level-1 response' }, { zh: LEVEL1_RESPONSE.source.note!.zh, en: LEVEL1_RESPONSE.source.note!.en }, LEVEL1_RESPONSE.source);
      return ZERO;
    }
    t.rate(LEVEL1_RESPONSE);
    t.add(
      { zh: '进口日期在一级响应期内', en: 'import date within the level-1 response' },
      isoDate(start),
      { zh: '一级响应期内进口的防疫物资给予贴息', en: 'supplies imported during the level-1 response are subsidised' },
      citationOf(IMPORT_SUBSIDY_SOURCE),
    );
    const annual = r ?? t.rate(BENCHMARK_ONE_YEAR, BENCHMARK_PCT);
    const days = t.calc({ zh: '贴息天数', en: 'days subsidised' }, end - start, {
      zh: `${isoDate(end)} − ${isoDate(start)}（起始日计入，截止日不计入）`,
      en: `${isoDate(end)} − ${isoDate(start)} (start counted, end not)`,
    });
    const basis = t.rate(DAY_BASIS);
    return t.calc(
      { zh: '贴息额', en: 'subsidy' },
      amount.times(annual).times(days).dividedBy(basis),
      {
        zh: `进口金额 × ${percentText(annual)} × ${days}/${basis.toString()}`,
        en: `amount × ${percentText(annual)} × ${days}/${basis.toString()}`,
      },
      IMPORT_SUBSIDY_SOURCE,
    );
  },
});

// ───────────────────────── BRIDGEFEE / BRIDGESAVING (000#37, 003#2, 004#7) ─────────────────────────

const CEILING_PCT = percentText(BRIDGE_RATE_CEILING.value);

/** Days of one bridge loan: a whole number up to the 15-day limit of 000#37; more is #NUM!. */
const BRIDGE_DAYS_ACCEPTS: Bilingual = {
  zh: `0 至 ${BRIDGE_MAX_DAYS.value} 的整数（天；${BRIDGE_MAX_DAYS.source.ref}：单笔业务最长可延长至 ${BRIDGE_MAX_DAYS.value} 天）`,
  en: `a whole number of days from 0 to ${BRIDGE_MAX_DAYS.value} (${BRIDGE_MAX_DAYS.source.ref}: one bridge loan runs at most ${BRIDGE_MAX_DAYS.value} days)`,
};

export const bridgeDays: ArgType<number> = {
  kind: 'count',
  accepts: BRIDGE_DAYS_ACCEPTS,
  unit: { zh: '天', en: 'days' },
  parse(raw, arg) {
    if (typeof raw !== 'number') throw valueError(arg, BRIDGE_DAYS_ACCEPTS, raw);
    if (!Number.isInteger(raw) || raw < 0 || raw > BRIDGE_MAX_DAYS.value) throw numError(arg, BRIDGE_DAYS_ACCEPTS, raw);
    return raw;
  },
  show: (v) => v,
};

/** A daily fee rate at most the 0.08% ceiling: 0.08% is typed 0.08% or 0.0008; 0.08 (for 0.08%) is #NUM!. */
const DAILY_RATE_ACCEPTS: Bilingual = {
  zh: `0 至 ${CEILING_PCT} 的日费率（请输入 ${CEILING_PCT} 或 ${BRIDGE_RATE_CEILING.value.toString()}；${BRIDGE_RATE_CEILING.source.ref}：转贷费率降至每日 ${CEILING_PCT} 以下）`,
  en: `a daily rate from 0 to ${CEILING_PCT} (type ${CEILING_PCT} or ${BRIDGE_RATE_CEILING.value.toString()}; ${BRIDGE_RATE_CEILING.source.ref}: the fee is cut to ${CEILING_PCT} a day or less)`,
};

export const bridgeDailyRate: ArgType<Dec> = {
  kind: 'rate',
  accepts: DAILY_RATE_ACCEPTS,
  unit: { zh: '日费率', en: 'daily rate' },
  parse(raw, arg) {
    if (typeof raw !== 'number') throw valueError(arg, DAILY_RATE_ACCEPTS, raw);
    if (!Number.isFinite(raw) || raw < 0) throw numError(arg, DAILY_RATE_ACCEPTS, raw);
    const r = new Dec(raw);
    if (r.greaterThan(BRIDGE_RATE_CEILING.value)) throw numError(arg, DAILY_RATE_ACCEPTS, raw);
    return r;
  },
  show: (v) => percentText(v),
};

const BRIDGE_AMOUNT = { zh: '应急转贷金额（元）', en: 'bridge-loan amount (yuan)' };
const BRIDGE_DAYS_DESC = {
  zh: `转贷基金使用天数（整数，最多 ${BRIDGE_MAX_DAYS.value} 天）`,
  en: `days the bridge fund is used (whole days, at most ${BRIDGE_MAX_DAYS.value})`,
};

export const BRIDGEFEE = defineFunction({
  name: 'BRIDGEFEE',
  group: 'finance',
  description: {
    zh: `中小企业应急转贷费用（优惠费率）：转贷金额 × 日费率（默认 ${CEILING_PCT}，不得高于 ${CEILING_PCT}）× 天数；单笔最长 ${BRIDGE_MAX_DAYS.value} 天，超过为 #NUM!。`,
    en: `Emergency bridge-loan (应急转贷) fee at the reduced rate: amount × daily rate (default and ceiling ${CEILING_PCT}) × days; at most ${BRIDGE_MAX_DAYS.value} days, more is #NUM!.`,
  },
  returns: { zh: '转贷费用（元）', en: 'bridge-loan fee (yuan)' },
  result: 'money',
  args: [
    required('amount', money, BRIDGE_AMOUNT),
    required('days', bridgeDays, BRIDGE_DAYS_DESC),
    optional('dailyRate', bridgeDailyRate, {
      zh: `日费率，默认 ${CEILING_PCT}（政策上限）；高于 ${CEILING_PCT} 为 #NUM!`,
      en: `daily rate, default ${CEILING_PCT} (the policy ceiling); above ${CEILING_PCT} is #NUM!`,
    }),
  ],
  sources: ['000#37', '003#2', '004#7'],
  example: [1000000, 15],
  compute([amount, days, dailyRate], t) {
    t.rate(BRIDGE_MAX_DAYS);
    const r = dailyRate ?? t.rate(BRIDGE_RATE_CEILING, CEILING_PCT);
    t.add(
      { zh: '省级细则：执行优惠费率标准', en: 'provincial rule: the reduced rate applies' },
      CEILING_PCT,
      { zh: `日费率不高于 ${CEILING_PCT}`, en: `daily rate at most ${CEILING_PCT}` },
      citationOf(BRIDGE_PROVINCE_SOURCE),
    );
    t.add(
      { zh: '济宁：同样的费率上限与天数', en: 'Jining: the same ceiling and day limit' },
      CEILING_PCT,
      { zh: `日费率不高于 ${CEILING_PCT}，单笔最长 ${BRIDGE_MAX_DAYS.value} 天`, en: `at most ${CEILING_PCT} a day, ${BRIDGE_MAX_DAYS.value} days` },
      citationOf(BRIDGE_JINING_SOURCE),
    );
    return t.calc(
      { zh: '转贷费用', en: 'bridge-loan fee' },
      amount.times(r).times(days),
      { zh: `转贷金额 × ${percentText(r)} × ${days} 天`, en: `amount × ${percentText(r)} × ${days} days` },
      BRIDGE_RATE_CEILING.source,
    );
  },
});

export const BRIDGESAVING = defineFunction({
  name: 'BRIDGESAVING',
  group: 'finance',
  description: {
    zh: `应急转贷日费率由 ${percentText(BRIDGE_RATE_BEFORE.value)} 降至 ${CEILING_PCT} 节省的费用：转贷金额 × (${percentText(BRIDGE_RATE_BEFORE.value)} − ${CEILING_PCT}) × 天数；单笔最长 ${BRIDGE_MAX_DAYS.value} 天。`,
    en: `Saving from the cut of the daily bridge-loan fee from ${percentText(BRIDGE_RATE_BEFORE.value)} to ${CEILING_PCT}: amount × (${percentText(BRIDGE_RATE_BEFORE.value)} − ${CEILING_PCT}) × days; at most ${BRIDGE_MAX_DAYS.value} days.`,
  },
  returns: { zh: '节省额（元）', en: 'saving (yuan)' },
  result: 'money',
  args: [required('amount', money, BRIDGE_AMOUNT), required('days', bridgeDays, BRIDGE_DAYS_DESC)],
  sources: ['000#37'],
  example: [1000000, 15],
  compute([amount, days], t) {
    t.rate(BRIDGE_MAX_DAYS);
    const before = t.rate(BRIDGE_RATE_BEFORE, percentText(BRIDGE_RATE_BEFORE.value));
    const after = t.rate(BRIDGE_RATE_CEILING, CEILING_PCT);
    // Decision: the saving is measured against the ceiling itself, the rate the reduced fee is set at.
    const cut = t.calc({ zh: '日费率降幅', en: 'cut in the daily rate' }, before.minus(after), {
      zh: `${percentText(before)} − ${percentText(after)}`,
      en: `${percentText(before)} − ${percentText(after)}`,
    }, BRIDGE_RATE_CEILING.source);
    return t.calc(
      { zh: '节省额', en: 'saving' },
      amount.times(cut).times(days),
      { zh: `转贷金额 × ${percentText(cut)} × ${days} 天`, en: `amount × ${percentText(cut)} × ${days} days` },
    );
  },
});

// ───────────────────────── RISKCOMP (000#38, 001#11, 003#1) ─────────────────────────

export type RiskLevel = 'province' | 'city';

export const riskLevel = codeType<RiskLevel>('level', [
  { code: 'province', zh: '省级', en: 'province', aliases: ['省', '省级风险补偿', 'provincial'] },
  { code: 'city', zh: '市级', en: 'city', aliases: ['市', '市级风险补偿', 'municipal'] },
]);

const pctOf = (r: RiskRule) => percentText(r.share.value);

export const RISKCOMP = defineFunction({
  name: 'RISKCOMP',
  group: 'finance',
  description: {
    zh: `小微企业贷款确认为不良后的风险补偿：省级 ${pctOf(RISK_RULES.province)}（单户企业贷款余额不超过 ${RISK_RULES.province.cap.value.toString()} 元）；市级 威海 ${pctOf(RISK_RULES.weihai)}（企业贷款不超过 ${RISK_RULES.weihai.cap.value.toString()} 元），聊城在省级之外追加 ${pctOf(RISK_RULES.liaocheng)}（只返回追加部分）。余额超过上限为 0。`,
    en: `Risk compensation on a small-business loan confirmed non-performing: province ${pctOf(RISK_RULES.province)} (single-enterprise balance ≤ ${RISK_RULES.province.cap.value.toString()}); city: Weihai ${pctOf(RISK_RULES.weihai)} (loan ≤ ${RISK_RULES.weihai.cap.value.toString()}), Liaocheng an extra ${pctOf(RISK_RULES.liaocheng)} on top of the province's (the extra alone is returned). A balance over the cap gives 0.`,
  },
  returns: { zh: '风险补偿额（元）', en: 'compensation (yuan)' },
  result: 'money',
  args: [
    required('nplPrincipal', money, { zh: '确认为不良的贷款本金（元）', en: 'loan principal confirmed non-performing (yuan)' }),
    required('level', riskLevel, { zh: '补偿层级：province 省级、city 市级', en: 'level: province or city' }),
    optional('region', region, {
      zh: 'level 为 city 时必填：weihai 威海、liaocheng 聊城；省级可省略',
      en: 'required when level is city: weihai or liaocheng; may be omitted for province',
    }),
    optional('loanBalance', money, {
      zh: '该企业贷款余额（元），用于判断上限；省略时按 nplPrincipal 判断',
      en: "the enterprise's loan balance (yuan), checked against the cap; omitted = nplPrincipal",
    }),
  ],
  sources: ['000#38', '001#11', '003#1'],
  example: [2000000, 'city', 'weihai', 4000000],
  compute([npl, level, reg, balance], t) {
    if (balance !== null && balance.lessThan(npl)) {
      throw numError(
        'loanBalance',
        {
          zh: `不小于 nplPrincipal（${npl.toString()} 元）的金额：不良贷款本金是该企业贷款余额的一部分`,
          en: `an amount not below nplPrincipal (${npl.toString()}): the non-performing principal is part of the balance`,
        },
        balance.toNumber(),
      );
    }
    let rule: RiskRule;
    if (level === 'province') {
      rule = RISK_RULES.province;
      // The provincial fund covers the whole province; a region, if given, does not change it.
      t.because({ zh: '省级风险补偿申请程序', en: 'provincial claim procedure' }, { zh: PROVINCE_RISK_PROCEDURE.note!.zh, en: PROVINCE_RISK_PROCEDURE.note!.en }, PROVINCE_RISK_PROCEDURE);
    } else if (reg === null) {
      // Decision: the city rates differ (Weihai vs Liaocheng), so no city is assumed.
      throw valueError('region', {
        zh: `level 为 city（市级）时必须填写地区：weihai 威海（${pctOf(RISK_RULES.weihai)}）或 liaocheng 聊城（追加 ${pctOf(RISK_RULES.liaocheng)}）`,
        en: `a region is required when level is city: weihai (${pctOf(RISK_RULES.weihai)}) or liaocheng (extra ${pctOf(RISK_RULES.liaocheng)})`,
      });
    } else if (reg === 'weihai' || reg === 'liaocheng') {
      rule = RISK_RULES[reg];
    } else {
      throw notCovered(
        {
          zh: `参数 region：种子文件未规定“${region.show(reg)}”的市级贷款风险补偿；已规定的为 weihai 威海（${pctOf(RISK_RULES.weihai)}）、liaocheng 聊城（追加 ${pctOf(RISK_RULES.liaocheng)}）`,
          en: `argument region: the seeds set no city-level loan risk compensation for ${reg}; set ones: weihai (${pctOf(RISK_RULES.weihai)}), liaocheng (extra ${pctOf(RISK_RULES.liaocheng)})`,
        },
        'region',
      );
    }
    const cap = t.rate(rule.cap);
    // Decision: without loanBalance the cap is checked against the non-performing loan itself.
    const checked = t.calc(
      { zh: '用于判断上限的贷款余额', en: 'balance checked against the cap' },
      balance ?? npl,
      balance === null
        ? { zh: '未填 loanBalance：按不良贷款本金本身判断', en: 'loanBalance omitted: the non-performing principal itself is checked' }
        : { zh: '用户输入的 loanBalance', en: 'loanBalance as entered' },
    );
    if (checked.greaterThan(cap)) {
      t.because(
        { zh: '贷款余额超过上限', en: 'balance over the cap' },
        { zh: `${checked.toString()} 元 > ${cap.toString()} 元，不予补偿`, en: `${checked.toString()} > ${cap.toString()}: not compensated` },
        rule.cap.source,
      );
      return ZERO;
    }
    const share = t.rate(rule.share, percentText(rule.share.value));
    return t.calc(
      { zh: '风险补偿额', en: 'compensation' },
      npl.times(share),
      { zh: `不良贷款本金 × ${percentText(share)}`, en: `non-performing principal × ${percentText(share)}` },
    );
  },
});

// ───────────────────────── STARTUPLOANMAX (000#40) ─────────────────────────

export type StartupType = 'individual' | 'partnership' | 'enterprise';

export const startupType = codeType<StartupType>('type', [
  { code: 'individual', zh: '个人', en: 'individual', aliases: ['个人创业', '个人借款人'] },
  { code: 'partnership', zh: '合伙创业', en: 'partnership', aliases: ['合伙', '组织起来共同创业', '共同创业'] },
  { code: 'enterprise', zh: '小微企业', en: 'small or micro enterprise', aliases: ['企业', '小微'] },
]);

export const STARTUPLOANMAX = defineFunction({
  name: 'STARTUPLOANMAX',
  group: 'finance',
  description: {
    zh: `创业担保贷款最高额度：个人 ${STARTUP_PER_PERSON.value.toString()} 元；合伙创业 ${STARTUP_PER_PERSON.value.toString()} × 合伙人数（最多 ${STARTUP_MAX_PARTNERS.value} 人，不超过 ${STARTUP_PARTNERSHIP_MAX.value.toString()} 元）；小微企业 ${STARTUP_ENTERPRISE_MAX.value.toString()} 元，须当年新招用人员占现有职工 ${percentText(STARTUP_HIRE_RATIO.value)} 以上（职工超过 ${STARTUP_STAFF_THRESHOLD.value} 人的 ${percentText(STARTUP_HIRE_RATIO_LARGE.value)}），否则为 0。`,
    en: `Maximum startup guaranteed loan: individual ${STARTUP_PER_PERSON.value.toString()}; partnership ${STARTUP_PER_PERSON.value.toString()} × partners (at most ${STARTUP_MAX_PARTNERS.value}, ≤ ${STARTUP_PARTNERSHIP_MAX.value.toString()}); small/micro enterprise ${STARTUP_ENTERPRISE_MAX.value.toString()} when new hires are ≥ ${percentText(STARTUP_HIRE_RATIO.value)} of staff (≥ ${percentText(STARTUP_HIRE_RATIO_LARGE.value)} with more than ${STARTUP_STAFF_THRESHOLD.value} staff), else 0.`,
  },
  returns: { zh: '贷款最高额度（元）', en: 'maximum loan (yuan)' },
  result: 'money',
  args: [
    required('type', startupType, {
      zh: '借款人类型：individual 个人、partnership 合伙创业、enterprise 小微企业',
      en: 'borrower: individual, partnership, or enterprise (small/micro)',
    }),
    required('count', count({ zh: '人', en: 'persons' }), {
      zh: '合伙创业为合伙人数；小微企业为现有职工人数；个人不影响额度',
      en: 'partnership: number of partners; enterprise: current staff; ignored for an individual',
    }),
    optional('newHires', count({ zh: '人', en: 'persons' }), {
      zh: '小微企业当年新招用符合条件人员数（enterprise 必填）',
      en: 'enterprise: qualifying people newly hired this year (required for enterprise)',
    }),
  ],
  sources: ['000#40'],
  example: ['enterprise', 50, 10],
  compute([type, n, hires], t) {
    if (type === 'individual') {
      t.add(
        { zh: '个人创业：额度与人数无关', en: 'individual: count does not change the limit' },
        n,
        { zh: '每名借款人最高额度', en: 'the per-borrower limit' },
      );
      return t.rate(STARTUP_PER_PERSON);
    }
    if (type === 'partnership') {
      if (n === 0) {
        t.because({ zh: '没有合伙人', en: 'no partners' }, { zh: 'count 为 0，无可申请额度', en: 'count is 0: nothing to borrow' }, STARTUP_PER_PERSON.source);
        return ZERO;
      }
      const most = t.rate(STARTUP_MAX_PARTNERS);
      const counted = t.calc(
        { zh: '计入额度的合伙人数', en: 'partners counted' },
        Math.min(n, most),
        { zh: `min(合伙人数 ${n}, ${most})`, en: `min(partners ${n}, ${most})` },
        STARTUP_MAX_PARTNERS.source,
      );
      const per = t.rate(STARTUP_PER_PERSON);
      const product = t.calc({ zh: '每人额度 × 人数', en: 'per person × partners' }, per.times(counted), {
        zh: `${per.toString()} × ${counted}`,
        en: `${per.toString()} × ${counted}`,
      });
      const cap = t.rate(STARTUP_PARTNERSHIP_MAX);
      return t.calc({ zh: '合伙创业贷款最高额度', en: 'partnership maximum' }, minDec(product, cap), {
        zh: `min(${product.toString()}, ${cap.toString()})`,
        en: `min(${product.toString()}, ${cap.toString()})`,
      });
    }
    // enterprise
    if (hires === null) {
      throw valueError('newHires', {
        zh: 'type 为 enterprise（小微企业）时必填：当年新招用符合条件人员数（不小于 0 的整数）',
        en: 'required when type is enterprise: qualifying people newly hired this year (a whole number ≥ 0)',
      });
    }
    if (n === 0) {
      throw numError('count', { zh: 'type 为 enterprise 时为现有职工人数，至少 1 人', en: 'for an enterprise, current staff: at least 1' }, n);
    }
    if (hires > n) {
      // Decision: the share is of current staff (现有职工), which includes this year's hires.
      throw numError(
        'newHires',
        { zh: `不超过 count（现有职工 ${n} 人）的整数：新招用人员包含在现有职工中`, en: `a whole number not above count (${n} current staff): new hires are part of the staff` },
        hires,
      );
    }
    const threshold = t.rate(STARTUP_STAFF_THRESHOLD);
    const minShareEntry = n > threshold ? STARTUP_HIRE_RATIO_LARGE : STARTUP_HIRE_RATIO;
    const minShare = t.rate(minShareEntry, percentText(minShareEntry.value));
    const share = t.calc(
      { zh: '新招用人员占现有职工比例', en: 'new hires as a share of staff' },
      new Dec(hires).dividedBy(n),
      { zh: `${hires} ÷ ${n}`, en: `${hires} ÷ ${n}` },
    );
    // Compared exactly as hires ≥ minShare × staff, so no rounded share decides a boundary.
    if (new Dec(hires).lessThan(minShare.times(n))) {
      t.because(
        { zh: '新招用人员比例不足', en: 'too few new hires' },
        {
          zh: `${share.toString()} < ${percentText(minShare)}（职工 ${n} 人${n > threshold ? `，超过 ${threshold} 人` : `，不超过 ${threshold} 人`}）`,
          en: `${share.toString()} < ${percentText(minShare)} (${n} staff${n > threshold ? `, more than ${threshold}` : `, not more than ${threshold}`})`,
        },
        minShareEntry.source,
      );
      return ZERO;
    }
    return t.rate(STARTUP_ENTERPRISE_MAX);
  },
});

// ───────────────────────── LOGISTICSSUBSIDY (000#21) ─────────────────────────

export const logisticsScope = codeType<LogisticsScope>('scope', [
  { code: 'in', zh: '省内', en: 'in-province', aliases: ['省内调运', 'within', 'inprovince'] },
  { code: 'cross', zh: '跨省', en: 'cross-province', aliases: ['跨省调运', 'interprovincial'] },
]);

export const LOGISTICSSUBSIDY = defineFunction({
  name: 'LOGISTICSSUBSIDY',
  group: 'finance',
  description: {
    zh: `参与国家和省组织调运任务的流通企业物流费用补助：省内调运 ${percentText(LOGISTICS_SHARES.in.value)}、跨省调运 ${percentText(LOGISTICS_SHARES.cross.value)}，单个企业补助总额不超过 ${LOGISTICS_CAP.value.toString()} 元（同一企业既有省内又有跨省时，请对两者之和再取上限）。`,
    en: `Logistics-cost subsidy for distributors in state-organised transport: ${percentText(LOGISTICS_SHARES.in.value)} in-province, ${percentText(LOGISTICS_SHARES.cross.value)} cross-province, at most ${LOGISTICS_CAP.value.toString()} per enterprise in total (cap the sum when one enterprise has both).`,
  },
  returns: { zh: '物流费用补助（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('cost', money, { zh: '调运物流费用（元）', en: 'logistics cost of the transport (yuan)' }),
    required('scope', logisticsScope, { zh: '调运范围：in 省内、cross 跨省', en: 'scope: in (in-province) or cross (cross-province)' }),
  ],
  sources: ['000#21'],
  example: [600000, 'cross'],
  compute([cost, scope], t) {
    const share = t.rate(LOGISTICS_SHARES[scope], percentText(LOGISTICS_SHARES[scope].value));
    const uncapped = t.calc({ zh: '按比例计算的补助', en: 'subsidy at the share' }, cost.times(share), {
      zh: `物流费用 × ${percentText(share)}`,
      en: `cost × ${percentText(share)}`,
    });
    const cap = t.rate(LOGISTICS_CAP);
    if (uncapped.greaterThan(cap)) {
      t.because(
        { zh: '达到单个企业补助上限', en: 'per-enterprise cap reached' },
        { zh: `${uncapped.toString()} > ${cap.toString()}，按上限补助`, en: `${uncapped.toString()} > ${cap.toString()}: the cap is paid` },
        LOGISTICS_CAP.source,
      );
      return cap;
    }
    return uncapped;
  },
});

export const FINANCE_FUNCTIONS = [LOANSUBSIDY, IMPORTINTEREST, BRIDGEFEE, BRIDGESAVING, RISKCOMP, STARTUPLOANMAX, LOGISTICSSUBSIDY];
