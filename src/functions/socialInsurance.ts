import { count, date, money, month, rate } from '../engine/args';
import { isSme, region, size } from '../engine/codes';
import { addMonths, isoDate } from '../engine/dates';
import { notCovered, numError } from '../engine/errors';
import { Dec, minDec, percentText, ZERO } from '../engine/money';
import { citationOf } from '../engine/provenance';
import { entryForMonth } from '../engine/windows';
import { defineFunction, optional, required } from '../registry/define';
import {
  DEFERRAL_LIAOCHENG_SOURCE,
  DEFERRAL_MAX_MONTHS,
  DEFERRAL_MEDICAL_SOURCE,
  DISABLED_QUOTA_RATIO,
  HOUSING_FUND_MAX_RATE,
  HOUSING_FUND_MIN_RATE,
  LARGE_HALVING,
  LATE_FEE_DAILY_RATE,
  LAYOFF_RATE_LIMIT,
  LEVY_EXEMPT_STAFF,
  LEVY_FORMULA_SOURCE,
  LEVY_SHARE_AT_OR_ABOVE,
  LEVY_SHARE_BELOW,
  LEVY_TIER_RATIO,
  LEVY_WAGE_CAP_MULTIPLE,
  MEDICAL_CUT,
  PENSION_RATE,
  QINGDAO_HARDSHIP_SHARE,
  SME_WAIVER,
  SMALL_INSURED_STAFF,
  SMALL_LAYOFF_RATE_LIMIT,
  STABILITY_REFUND_SHARE,
  UNEMPLOYMENT_RATE,
} from '../rates/socialInsurance';

const BASE = { zh: '该职工当月社保缴费基数（元）', en: "the employee's contribution base for the month (yuan)" };

export const SOCINSWAIVE = defineFunction({
  name: 'SOCINSWAIVE',
  group: 'social',
  description: {
    zh: '一名职工一个月的养老、失业、工伤三项社保单位缴费免征（减征）额：中小微企业 2020年2—6月全免，大型企业 2020年2—4月减半。',
    en: "Employer pension + unemployment + work-injury contributions waived for one employee-month: in full for SMEs in 2020-02…06, half for large enterprises in 2020-02…04.",
  },
  returns: { zh: '免征额（元）', en: 'amount waived (yuan)' },
  result: 'money',
  args: [
    required('base', money, BASE),
    required('size', size, { zh: '企业规模（可用 ENTSIZE 的结果）', en: 'enterprise size (ENTSIZE output accepted)' }),
    required('month', month, { zh: '缴费所属月份', en: 'the month the contribution is for' }),
    required('injuryRate', rate, { zh: '工伤保险单位费率，如 0.5%', en: 'employer work-injury rate, e.g. 0.5%' }),
    optional('pensionRate', rate, { zh: '养老保险单位费率，默认 16%', en: 'employer pension rate, default 16%' }),
    optional('unemploymentRate', rate, { zh: '失业保险单位费率，默认 0.7%', en: 'employer unemployment rate, default 0.7%' }),
  ],
  sources: ['000#1', '000#10'],
  example: [9000, 'small', '2020-03', 0.005],
  compute([base, sz, m, injury, pension, unemployment], t) {
    const p = pension ?? t.rate(PENSION_RATE, percentText(PENSION_RATE.value));
    const u = unemployment ?? t.rate(UNEMPLOYMENT_RATE, percentText(UNEMPLOYMENT_RATE.value));
    const combined = t.calc(
      { zh: '三项单位费率合计', en: 'combined employer rate' },
      p.plus(u).plus(injury),
      { zh: `养老 ${percentText(p)} + 失业 ${percentText(u)} + 工伤 ${percentText(injury)}`, en: `pension ${percentText(p)} + unemployment ${percentText(u)} + injury ${percentText(injury)}` },
    );
    const sme = isSme(sz);
    const share = entryForMonth(sme ? SME_WAIVER : LARGE_HALVING, m, t, sme
      ? { zh: '中小微企业免征', en: 'SME waiver' }
      : { zh: '大型企业减半征收', en: 'large-enterprise halving' });
    if (!share) return ZERO;
    const contribution = t.calc(
      { zh: '三项社保单位应缴额', en: 'employer contributions due' },
      base.times(combined),
      { zh: '缴费基数 × 费率合计', en: 'base × combined rate' },
    );
    const shareValue = t.rate(share, percentText(share.value));
    return t.calc(
      { zh: '免征（减征）额', en: 'amount waived' },
      contribution.times(shareValue),
      { zh: `应缴额 × ${percentText(shareValue)}`, en: `contributions × ${percentText(shareValue)}` },
    );
  },
});


// ─────────────────────────────────────────────────────────────────────────────
// MEDINSCUT (000#4)
// ─────────────────────────────────────────────────────────────────────────────

export const MEDINSCUT = defineFunction({
  name: 'MEDINSCUT',
  group: 'social',
  description: {
    zh: '职工基本医疗保险单位缴费费率阶段性降低1个百分点的减负额：2020年3月1日至12月31日各月，缴费基数 × 1%；其他月份为 0。',
    en: 'Saving from the 1-percentage-point cut in the employer medical-insurance rate: base × 1% in 2020-03…2020-12, else 0.',
  },
  returns: { zh: '减负额（元）', en: 'amount saved (yuan)' },
  result: 'money',
  args: [
    required('base', money, {
      zh: '当月职工医保缴费基数（元；一名职工或全部职工合计）',
      en: 'medical-insurance contribution base for the month (yuan; one employee or the whole payroll)',
    }),
    required('month', month, { zh: '缴费所属月份', en: 'the month the contribution is for' }),
  ],
  sources: ['000#4'],
  example: [9000, '2020-03'],
  compute([base, m], t) {
    const cut = entryForMonth(MEDICAL_CUT, m, t, { zh: '医保单位费率降低', en: 'medical-rate cut' });
    if (!cut) return ZERO;
    const points = t.rate(cut, percentText(cut.value));
    return t.calc(
      { zh: '医保单位缴费减负额', en: 'employer medical contribution saved' },
      base.times(points),
      { zh: `缴费基数 × ${percentText(points)}`, en: `base × ${percentText(points)}` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// HOUSINGFUNDSAVING (000#6)
// ─────────────────────────────────────────────────────────────────────────────

const HOUSING_RATE_ACCEPTS = {
  zh: `${percentText(HOUSING_FUND_MIN_RATE.value)} 至 ${percentText(HOUSING_FUND_MAX_RATE.value)} 之间的住房公积金单位缴存比例（如 12% 或 0.12）`,
  en: `an employer housing-fund rate from ${percentText(HOUSING_FUND_MIN_RATE.value)} to ${percentText(HOUSING_FUND_MAX_RATE.value)} (type 12% or 0.12)`,
};

export const HOUSINGFUNDSAVING = defineFunction({
  name: 'HOUSINGFUNDSAVING',
  group: 'social',
  description: {
    zh: '生产经营困难企业按 5% 最低标准缴存住房公积金（代替现行比例）为单位节省的缴存额：缴存基数 × (现行比例 − 5%) × 月数。只计单位部分。',
    en: "Employer's saving when a struggling enterprise pays the 5% minimum housing-fund rate instead of currentRate: base × (currentRate − 5%) × months. Employer share only.",
  },
  returns: { zh: '单位节省额（元）', en: 'employer saving (yuan)' },
  result: 'money',
  args: [
    required('base', money, {
      zh: '住房公积金月缴存基数（元；一名职工或全部职工合计）',
      en: 'monthly housing-fund base (yuan; one employee or the whole payroll)',
    }),
    required('currentRate', rate, {
      zh: '现行单位缴存比例，5%—12%，如 12%',
      en: 'current employer contribution rate, 5%…12%, e.g. 12%',
    }),
    required('months', count({ zh: '月', en: 'months' }), {
      zh: '按 5% 缴存的月数（经批准的月数）',
      en: 'months paid at the 5% minimum (as approved)',
    }),
  ],
  sources: ['000#6'],
  example: [500000, 0.12, 4],
  compute([base, current, months], t) {
    if (current.lessThan(HOUSING_FUND_MIN_RATE.value) || current.greaterThan(HOUSING_FUND_MAX_RATE.value)) {
      throw numError('currentRate', HOUSING_RATE_ACCEPTS, current.toNumber());
    }
    const minimum = t.rate(HOUSING_FUND_MIN_RATE, percentText(HOUSING_FUND_MIN_RATE.value));
    const cut = current.minus(minimum);
    t.add(
      { zh: '降低的缴存比例', en: 'rate reduction' },
      percentText(cut),
      { zh: `${percentText(current)} − ${percentText(minimum)}`, en: `${percentText(current)} − ${percentText(minimum)}` },
    );
    if (cut.isZero()) {
      t.because(
        { zh: '已按最低比例缴存', en: 'already at the minimum rate' },
        { zh: `现行比例已是最低标准 ${percentText(minimum)}，无可节省`, en: `the current rate is already the ${percentText(minimum)} minimum; nothing to save` },
        HOUSING_FUND_MIN_RATE.source,
      );
      return ZERO;
    }
    // Only the employer's share: 000#6 lowers both shares to 5% ("企业和个人各5%"), but the
    // employee's own saving is not the enterprise's, and FUNCTIONS.md names the enterprise's.
    // The seed sets no limit on the number of months (the approval sets it), so none is applied.
    return t.calc(
      { zh: '单位节省额', en: 'employer saving' },
      base.times(cut).times(months),
      { zh: `缴存基数 × ${percentText(cut)} × ${months} 个月`, en: `base × ${percentText(cut)} × ${months} months` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// LATEFEEWAIVED (000#2, 000#5, 001#1 + 社会保险法 第八十六条)
// ─────────────────────────────────────────────────────────────────────────────

export const LATEFEEWAIVED = defineFunction({
  name: 'LATEFEEWAIVED',
  group: 'social',
  description: {
    zh: '经批准缓缴社会保险费而免收的滞纳金：缓缴金额 × 0.05% × 天数；天数自应缴日起算（应缴日计入、实缴日不计入），最多算到应缴日后6个自然月（缓缴期上限）。',
    en: 'Late fee not charged on an approved deferral: amount × 0.05% × days, counted from the due date (due date counted, payment date not), at most to the due date + 6 calendar months.',
  },
  returns: { zh: '免收的滞纳金（元）', en: 'late fee waived (yuan)' },
  result: 'money',
  args: [
    required('amount', money, { zh: '缓缴的社会保险费金额（元）', en: 'contributions deferred (yuan)' }),
    required('dueDate', date, { zh: '原应缴日期', en: 'original due date' }),
    required('paidDate', date, { zh: '实际缴纳日期（不早于 dueDate）', en: 'date actually paid (not before dueDate)' }),
  ],
  sources: ['000#2', '000#5', '001#1', '社会保险法 第八十六条'],
  example: [100000, '2020-03-15', '2020-07-15'],
  compute([amount, due, paid], t) {
    if (paid < due) {
      throw numError(
        'paidDate',
        { zh: `不早于 dueDate（${isoDate(due)}）的日期`, en: `a date not before dueDate (${isoDate(due)})` },
        isoDate(paid),
      );
    }
    const maxMonths = t.rate(DEFERRAL_MAX_MONTHS);
    t.add(
      { zh: '缓缴期上限（医保、生育保险及聊城同）', en: 'deferral limit (same for medical/maternity and in Liaocheng)' },
      maxMonths,
      { zh: '缓缴期最长6个月，缓缴期间免收滞纳金', en: 'deferral at most 6 months, no late fee while deferred' },
      `${citationOf(DEFERRAL_MEDICAL_SOURCE)}；${citationOf(DEFERRAL_LIAOCHENG_SOURCE)}`,
    );
    // The deferral ends at the same day 6 calendar months on (addMonths: a day missing in the
    // target month falls back to its last day). Days after that are ordinary arrears: their
    // late fee is charged, so it is not part of the fee waived.
    const limit = addMonths(due, maxMonths);
    const capped = paid > limit;
    const days = t.calc(
      { zh: '免收滞纳金天数', en: 'days without late fee' },
      (capped ? limit : paid) - due,
      capped
        ? {
            zh: `缓缴期最长至 ${isoDate(limit)}（上限生效，其后的滞纳金照收）：${isoDate(limit)} − ${isoDate(due)}`,
            en: `deferral ends ${isoDate(limit)} (cap applied; later late fees are charged): ${isoDate(limit)} − ${isoDate(due)}`,
          }
        : {
            zh: `${isoDate(paid)} − ${isoDate(due)}（应缴日计入、实缴日不计入，未超过缓缴期上限 ${isoDate(limit)}）`,
            en: `${isoDate(paid)} − ${isoDate(due)} (due date counted, payment date not; within the limit ${isoDate(limit)})`,
          },
      DEFERRAL_MAX_MONTHS.source,
    );
    if (days === 0) {
      t.because(
        { zh: '按期缴纳', en: 'paid on time' },
        { zh: '实缴日即应缴日，没有滞纳金可免', en: 'paid on the due date: no late fee to waive' },
      );
      return ZERO;
    }
    const daily = t.rate(LATE_FEE_DAILY_RATE, percentText(LATE_FEE_DAILY_RATE.value));
    return t.calc(
      { zh: '免收的滞纳金', en: 'late fee waived' },
      amount.times(daily).times(days),
      { zh: `缓缴金额 × ${percentText(daily)} × ${days} 天`, en: `amount × ${percentText(daily)} × ${days} days` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// STABILITYREFUND (000#42, 001#1, 002#1)
// ─────────────────────────────────────────────────────────────────────────────

const persons = count({ zh: '人', en: 'persons' });

export const STABILITYREFUND = defineFunction({
  name: 'STABILITYREFUND',
  group: 'social',
  description: {
    zh: '稳岗返还：裁员率不超过 5.5%（参保职工30人及以下的企业：裁员不超过参保职工总数的 20%）的企业，返还上年度实际缴纳失业保险费的 50%；青岛困难企业给出 sixMonthPremiums 时，改为上年度6个月企业及职工社保费的 50%。',
    en: "Job-stability refund: 50% of last year's unemployment premiums actually paid, if layoffs/insured ≤ 5.5% (≤ 20% for enterprises with ≤ 30 insured staff); in Qingdao, with sixMonthPremiums given, 50% of six months of last year's enterprise + employee premiums instead.",
  },
  returns: { zh: '返还额（元）', en: 'refund (yuan)' },
  result: 'money',
  args: [
    required('unemploymentPaid', money, {
      zh: '上年度实际缴纳的失业保险费（元，单位及个人实缴合计）',
      en: "last year's unemployment premiums actually paid (yuan)",
    }),
    required('insured', persons, { zh: '上年度参保职工人数（至少 1 人）', en: 'insured staff last year (at least 1)' }),
    required('layoffs', persons, { zh: '上年度裁员人数（不超过 insured）', en: 'layoffs last year (at most insured)' }),
    optional('region', region, {
      zh: '地区（决定引用文件）：weihai、liaocheng、qingdao、jining、shandong；省略按全省政策',
      en: 'region (selects the citation): weihai, liaocheng, qingdao, jining, shandong; omitted = province-wide',
    }),
    optional('sixMonthPremiums', money, {
      zh: '仅青岛困难企业：上年度6个月企业及其职工缴纳的社会保险费（元）',
      en: "Qingdao hardship variant only: six months of last year's enterprise + employee social-insurance premiums (yuan)",
    }),
  ],
  sources: ['000#42', '001#1', '002#1'],
  example: [200000, 200, 11, 'weihai'],
  compute([paid, insured, layoffs, reg, six], t) {
    if (insured === 0) {
      throw numError('insured', { zh: '不小于 1 的整数（人）：参保企业至少有1名参保职工', en: 'a whole number ≥ 1: an insured enterprise has at least one insured employee' }, insured);
    }
    // Layoffs are counted among the insured staff; more layoffs than insured staff is taken as
    // swapped arguments rather than read as a >100% layoff rate.
    if (layoffs > insured) {
      throw numError('layoffs', { zh: `不大于 insured（${insured}）的整数`, en: `a whole number not above insured (${insured})` }, layoffs);
    }
    // The hardship variant is Qingdao's own (002#1); elsewhere no policy sets it, so a
    // sixMonthPremiums outside Qingdao is #N/A rather than silently ignored.
    if (six !== null && reg !== 'qingdao') {
      throw notCovered(
        {
          zh: '参数 sixMonthPremiums：只有青岛（002#1）规定按上年度6个月社保费的50%返还困难企业；其他地区请省略此参数，或将 region 设为 qingdao',
          en: 'argument sixMonthPremiums: only Qingdao (002#1) sets the hardship refund of 50% of six months of premiums; omit it elsewhere, or set region to qingdao',
        },
        'sixMonthPremiums',
      );
    }
    // The layoff tests are the province's (000#42, 鲁政发〔2020〕5号) and apply in every city of
    // Shandong, Qingdao's hardship variant included; ≤ 30 insured staff take the 20% limit.
    const smallMax = t.rate(SMALL_INSURED_STAFF);
    const limitEntry = insured <= smallMax ? SMALL_LAYOFF_RATE_LIMIT : LAYOFF_RATE_LIMIT;
    const limit = t.rate(limitEntry, percentText(limitEntry.value));
    const layoffRate = new Dec(layoffs).dividedBy(insured);
    t.calc(
      { zh: '裁员率', en: 'layoff rate' },
      `${percentText(layoffRate.toDecimalPlaces(4))}`,
      { zh: `${layoffs} ÷ ${insured}`, en: `${layoffs} ÷ ${insured}` },
    );
    // Compared as layoffs ≤ insured × limit so that no rounded quotient decides a boundary.
    if (new Dec(layoffs).greaterThan(limit.times(insured))) {
      t.because(
        { zh: '裁员率超过上限', en: 'layoff rate above the limit' },
        {
          zh: `裁员 ${layoffs} 人超过参保职工 ${insured} 人的 ${percentText(limit)}，不符合稳岗返还条件`,
          en: `${layoffs} layoffs exceed ${percentText(limit)} of ${insured} insured staff; no refund`,
        },
        limitEntry.source,
      );
      return ZERO;
    }
    if (reg === 'qingdao' && six !== null) {
      const share = t.rate(QINGDAO_HARDSHIP_SHARE, percentText(QINGDAO_HARDSHIP_SHARE.value));
      return t.calc(
        { zh: '稳岗返还额（青岛困难企业）', en: 'refund (Qingdao hardship variant)' },
        six.times(share),
        { zh: `上年度6个月社保费 × ${percentText(share)}`, en: `six months of premiums × ${percentText(share)}` },
      );
    }
    const shareEntry =
      reg === 'liaocheng' ? STABILITY_REFUND_SHARE.liaocheng : reg === 'qingdao' ? STABILITY_REFUND_SHARE.qingdao : STABILITY_REFUND_SHARE.province;
    const share = t.rate(shareEntry, percentText(shareEntry.value));
    return t.calc(
      { zh: '稳岗返还额', en: 'refund' },
      paid.times(share),
      { zh: `上年度实缴失业保险费 × ${percentText(share)}`, en: `last year's unemployment premiums × ${percentText(share)}` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// DISABLEDLEVY (000#18 + 财税〔2015〕72号, 财政部公告2019年第98号, 财税〔2018〕39号, Shandong 1.5%)
// ─────────────────────────────────────────────────────────────────────────────

export const DISABLEDLEVY = defineFunction({
  name: 'DISABLEDLEVY',
  group: 'social',
  description: {
    zh: '2020—2022年度应缴残疾人就业保障金：在职职工30人（含）以下免征；否则 (职工数 × 1.5% − 残疾职工数) × 年平均工资（不超过当地社会平均工资2倍），安排比例 ≥ 1% 按50%缴纳、< 1% 按90%缴纳；达到1.5%为 0。',
    en: 'Disabled-employment levy due for 2020–2022: 0 for ≤ 30 staff; else (staff × 1.5% − disabled staff) × average wage (capped at 2 × the local average wage), 50% of that when the ratio is ≥ 1%, 90% below 1%; 0 when the 1.5% quota is met.',
  },
  returns: { zh: '应缴残保金（元）', en: 'levy due (yuan)' },
  result: 'money',
  args: [
    required('staff', persons, { zh: '上年在职职工人数', en: 'staff last year' }),
    required('disabledStaff', persons, {
      zh: '上年实际安排的残疾人就业人数（不超过 staff）',
      en: 'disabled employees actually employed last year (at most staff)',
    }),
    required('avgWage', money, { zh: '上年本单位在职职工年平均工资（元）', en: "last year's average annual wage of the employer's staff (yuan)" }),
    optional('localAvgWage', money, {
      zh: '当地社会平均工资（元/年）；给出时计征工资不超过其2倍，省略则不设上限',
      en: 'local average annual wage (yuan); when given the wage used is capped at twice it, omitted = no cap',
    }),
  ],
  sources: ['000#18', '财税〔2015〕72号', '财政部公告2019年第98号', '财税〔2018〕39号', '山东省残疾人就业办法'],
  example: [200, 1, 60000],
  compute([staff, disabled, avgWage, localAvg], t) {
    // Disabled employees are counted among the staff (财税〔2015〕72号), so more of them than
    // staff is an input error, not a met quota.
    if (disabled > staff) {
      throw numError('disabledStaff', { zh: `不大于 staff（${staff}）的整数`, en: `a whole number not above staff (${staff})` }, disabled);
    }
    // A local average wage of 0 (often an empty cell read as 0) would cap the wage at 0 and
    // silently zero the levy: refused; omit the argument for no cap.
    if (localAvg !== null && localAvg.isZero()) {
      throw numError('localAvgWage', { zh: '大于 0 的金额（元），或省略', en: 'an amount above 0 (yuan), or omit it' }, 0);
    }
    const exemptMax = t.rate(LEVY_EXEMPT_STAFF);
    if (staff <= exemptMax) {
      t.because(
        { zh: '小企业暂免征收', en: 'small enterprise exempt' },
        { zh: `在职职工 ${staff} 人，不超过 ${exemptMax} 人（含），暂免征收残保金`, en: `${staff} staff, at most ${exemptMax}: no levy` },
        LEVY_EXEMPT_STAFF.source,
      );
      return ZERO;
    }
    const quotaRatio = t.rate(DISABLED_QUOTA_RATIO, percentText(DISABLED_QUOTA_RATIO.value));
    const quota = t.calc(
      { zh: '应安排残疾人就业人数', en: 'disabled employees required' },
      quotaRatio.times(staff),
      { zh: `${staff} × ${percentText(quotaRatio)}`, en: `${staff} × ${percentText(quotaRatio)}` },
      DISABLED_QUOTA_RATIO.source,
    );
    // The shortfall is not rounded to whole persons: 财税〔2015〕72号's formula multiplies the
    // fractional difference directly.
    const shortfall = t.calc(
      { zh: '差额人数', en: 'shortfall' },
      quota.minus(disabled),
      { zh: `${quota.toString()} − ${disabled}（可为小数）`, en: `${quota.toString()} − ${disabled} (may be fractional)` },
      LEVY_FORMULA_SOURCE,
    );
    if (!shortfall.greaterThan(0)) {
      t.because(
        { zh: '已达到规定比例', en: 'quota met' },
        { zh: `已安排 ${disabled} 人，不少于应安排 ${quota.toString()} 人，无需缴纳`, en: `${disabled} employed ≥ ${quota.toString()} required: no levy` },
        DISABLED_QUOTA_RATIO.source,
      );
      return ZERO;
    }
    let wage = avgWage;
    if (localAvg === null) {
      t.add(
        { zh: '计征工资', en: 'wage used' },
        wage,
        { zh: '未提供当地社会平均工资，按本单位年平均工资计征（不检查2倍上限）', en: 'no local average wage given: the employer average is used (2× cap not checked)' },
      );
    } else {
      const multiple = t.rate(LEVY_WAGE_CAP_MULTIPLE);
      const cap = localAvg.times(multiple);
      wage = t.calc(
        { zh: '计征工资', en: 'wage used' },
        minDec(avgWage, cap),
        avgWage.greaterThan(cap)
          ? { zh: `超过当地社会平均工资 ${multiple.toString()} 倍，按 ${cap.toString()} 计征`, en: `above ${multiple.toString()} × the local average: ${cap.toString()} used` }
          : { zh: `未超过当地社会平均工资 ${multiple.toString()} 倍（${cap.toString()}），按本单位年平均工资`, en: `within ${multiple.toString()} × the local average (${cap.toString()}): the employer average is used` },
        LEVY_WAGE_CAP_MULTIPLE.source,
      );
    }
    const full = t.calc(
      { zh: '按规定应缴费额', en: 'levy before the tier reduction' },
      shortfall.times(wage),
      { zh: '差额人数 × 计征工资', en: 'shortfall × wage' },
      LEVY_FORMULA_SOURCE,
    );
    const tier = t.rate(LEVY_TIER_RATIO, percentText(LEVY_TIER_RATIO.value));
    t.calc(
      { zh: '安排残疾人就业比例', en: 'disabled-employment ratio' },
      percentText(new Dec(disabled).dividedBy(staff).toDecimalPlaces(6)),
      { zh: `${disabled} ÷ ${staff}`, en: `${disabled} ÷ ${staff}` },
    );
    // Compared as disabled ≥ staff × 1% so that no rounded quotient decides the boundary.
    const atOrAbove = new Dec(disabled).greaterThanOrEqualTo(tier.times(staff));
    const shareEntry = atOrAbove ? LEVY_SHARE_AT_OR_ABOVE : LEVY_SHARE_BELOW;
    const share = t.rate(shareEntry, percentText(shareEntry.value));
    return t.calc(
      { zh: '应缴残保金', en: 'levy due' },
      full.times(share),
      {
        zh: `按规定应缴费额 × ${percentText(share)}（安排比例${atOrAbove ? '达到' : '低于'} ${percentText(tier)}）`,
        en: `levy × ${percentText(share)} (ratio ${atOrAbove ? 'at or above' : 'below'} ${percentText(tier)})`,
      },
    );
  },
});

export const SOCIAL_INSURANCE_FUNCTIONS = [SOCINSWAIVE, MEDINSCUT, HOUSINGFUNDSAVING, LATEFEEWAIVED, STABILITYREFUND, DISABLEDLEVY];
