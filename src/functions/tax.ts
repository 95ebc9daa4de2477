import { money, rate, year } from '../engine/args';
import { codeType } from '../engine/codes';
import { dayFromYmd, ymdOf } from '../engine/dates';
import { percentText, ZERO } from '../engine/money';
import { entryOn } from '../engine/provenance';
import { defineFunction, optional, required, withDefault, type FunctionSpec } from '../registry/define';
import {
  CIT_HIGH_TECH_RATE,
  CIT_STANDARD_RATE,
  DEPOSIT_REFUND_SHARE,
  FEE_CUT_SHARE,
  HIGH_TECH_LOOKBACK_YEARS,
  LOSS_YEARS_HARD_HIT,
  LOSS_YEARS_HIGH_TECH,
  LOSS_YEARS_NORMAL,
  TECH_TRANSFER_EXCESS_SHARE,
  TECH_TRANSFER_EXEMPT,
} from '../rates/tax';

// ───────────────────────── TECHTRANSFERTAX (000#15 items 3 and 6) ─────────────────────────

const STANDARD_PCT = percentText(CIT_STANDARD_RATE.value);
const HIGH_TECH_PCT = percentText(CIT_HIGH_TECH_RATE.value);

export const TECHTRANSFERTAX = defineFunction({
  name: 'TECHTRANSFERTAX',
  group: 'tax',
  description: {
    zh: `居民企业一个纳税年度技术转让所得的企业所得税：不超过 ${TECH_TRANSFER_EXEMPT.value.toString()} 元的部分免征，超过部分按税率减半征收（税率默认 ${STANDARD_PCT}，高新技术企业 ${HIGH_TECH_PCT}）。`,
    en: `Corporate income tax on one tax year's technology-transfer income: the first ${TECH_TRANSFER_EXEMPT.value.toString()} exempt, the excess taxed at half the rate (default ${STANDARD_PCT}; ${HIGH_TECH_PCT} for high-tech enterprises).`,
  },
  returns: { zh: '应纳企业所得税（元）', en: 'corporate income tax due (yuan)' },
  result: 'money',
  args: [
    required('income', money, {
      zh: '一个纳税年度的技术转让所得（元；所得 = 转让收入 − 成本费用 − 相关税费，不是收入）',
      en: "one tax year's technology-transfer income (yuan; income = proceeds − costs − related taxes, not the proceeds)",
    }),
    optional('rate', rate, {
      zh: `企业所得税税率，默认 ${STANDARD_PCT}；高新技术企业填 ${HIGH_TECH_PCT}`,
      en: `corporate income tax rate, default ${STANDARD_PCT}; ${HIGH_TECH_PCT} for a high-tech enterprise`,
    }),
  ],
  sources: ['000#15', '中华人民共和国企业所得税法 第四条'],
  example: [8000000, 0.15],
  compute([income, r], t) {
    // Decision: any rate from 0 to 1 is accepted (e.g. other preferential rates); 15% is
    // cited to 000#15 item 3 in the explanation, the omitted default to the law's 25%.
    const taxRate = r ?? t.rate(CIT_STANDARD_RATE, STANDARD_PCT);
    if (r !== null && r.equals(CIT_HIGH_TECH_RATE.value)) t.rate(CIT_HIGH_TECH_RATE, HIGH_TECH_PCT);
    const exempt = t.rate(TECH_TRANSFER_EXEMPT);
    if (!income.greaterThan(exempt)) {
      t.because(
        { zh: '所得未超过免征额', en: 'income within the exempt amount' },
        { zh: `${income.toString()} 元不超过 ${exempt.toString()} 元，全部免征`, en: `${income.toString()} is not above ${exempt.toString()}: all exempt` },
        TECH_TRANSFER_EXEMPT.source,
      );
      return ZERO;
    }
    const excess = t.calc({ zh: '超过免征额的所得', en: 'income above the exempt amount' }, income.minus(exempt), {
      zh: `${income.toString()} − ${exempt.toString()}`,
      en: `${income.toString()} − ${exempt.toString()}`,
    });
    const half = t.rate(TECH_TRANSFER_EXCESS_SHARE, percentText(TECH_TRANSFER_EXCESS_SHARE.value));
    return t.calc(
      { zh: '应纳企业所得税', en: 'tax due' },
      excess.times(taxRate).times(half),
      { zh: `超过部分 × ${percentText(taxRate)} × ${percentText(half)}`, en: `excess × ${percentText(taxRate)} × ${percentText(half)}` },
      TECH_TRANSFER_EXCESS_SHARE.source,
    );
  },
});

// ───────────────────────── LOSSCARRYEND (000#14, 000#15) ─────────────────────────

export type LossCategory = 'normal' | 'hardhit' | 'hightech';

export const lossCategory = codeType<LossCategory>('category', [
  { code: 'normal', zh: '一般企业', en: 'normal', aliases: ['一般', '普通', 'general'] },
  { code: 'hardhit', zh: '困难行业企业', en: 'hard-hit industry', aliases: ['困难行业', '受疫情影响较大的困难行业企业', 'hard hit'] },
  { code: 'hightech', zh: '高新技术企业', en: 'high-tech', aliases: ['高新技术', '高新', '科技型中小企业', 'techsme', 'high tech'] },
]);

export const LOSSCARRYEND = defineFunction({
  name: 'LOSSCARRYEND',
  group: 'tax',
  description: {
    zh: `亏损可结转弥补的最后年度 = 亏损年度 + 年限：一般 ${LOSS_YEARS_NORMAL.value} 年；受疫情影响较大的困难行业企业 2020 年度亏损 ${LOSS_YEARS_HARD_HIT[0].value} 年；高新技术企业、科技型中小企业 ${LOSS_YEARS_HIGH_TECH.value} 年。`,
    en: `Last year a loss may be carried to = loss year + years: ${LOSS_YEARS_NORMAL.value} (normal); ${LOSS_YEARS_HARD_HIT[0].value} for 2020 losses of hard-hit industries; ${LOSS_YEARS_HIGH_TECH.value} for high-tech enterprises and tech SMEs.`,
  },
  returns: { zh: '年份', en: 'a year' },
  result: 'number',
  args: [
    required('lossYear', year, { zh: '发生亏损的纳税年度，如 2020', en: 'tax year of the loss, e.g. 2020' }),
    withDefault('category', lossCategory, {
      zh: '企业类别：normal 一般、hardhit 受疫情影响较大的困难行业、hightech 高新技术企业或科技型中小企业',
      en: 'category: normal, hardhit (hard-hit industry) or hightech (high-tech enterprise or tech SME)',
    }, 'normal' as LossCategory, { zh: 'normal（一般企业）', en: 'normal' }),
  ],
  sources: ['000#14', '000#15'],
  example: [2020, 'hardhit'],
  compute([lossYear, category], t) {
    let years: number | undefined;
    if (category === 'hardhit') {
      const e = entryOn(LOSS_YEARS_HARD_HIT, dayFromYmd(lossYear, 1, 1));
      if (e) years = t.rate(e);
      else {
        // Decision: a non-2020 loss of a hard-hit enterprise keeps the general rule (not 0).
        t.because(
          {
            zh: `${LOSS_YEARS_HARD_HIT[0].value} 年只适用于 ${ymdOf(LOSS_YEARS_HARD_HIT[0].from!).year} 年度亏损`,
            en: `the ${LOSS_YEARS_HARD_HIT[0].value}-year rule is only for ${ymdOf(LOSS_YEARS_HARD_HIT[0].from!).year} losses`,
          },
          { zh: `${lossYear} 年度亏损不适用延长，按一般规定`, en: `a ${lossYear} loss is not extended; the general rule applies` },
          LOSS_YEARS_HARD_HIT[0].source,
        );
      }
    } else if (category === 'hightech') {
      // Decision: from 2018 the 10 years cover losses of the 5 years before a qualifying year,
      // so the earliest loss year covered is 2018 − 5; earlier losses keep the general rule.
      const earliest = t.calc(
        { zh: '可适用10年的最早亏损年度', en: 'earliest loss year the 10 years cover' },
        ymdOf(LOSS_YEARS_HIGH_TECH.from!).year - HIGH_TECH_LOOKBACK_YEARS.value,
        { zh: `${LOSS_YEARS_HIGH_TECH.fromIso} 起施行，覆盖具备资格年度之前 ${HIGH_TECH_LOOKBACK_YEARS.value} 个年度`, en: `in force from ${LOSS_YEARS_HIGH_TECH.fromIso}, covering the ${HIGH_TECH_LOOKBACK_YEARS.value} years before the qualifying year` },
        HIGH_TECH_LOOKBACK_YEARS.source,
      );
      if (lossYear >= earliest) years = t.rate(LOSS_YEARS_HIGH_TECH);
      else {
        t.because(
          { zh: '亏损年度早于延长政策覆盖范围', en: 'loss year before the extension reaches' },
          { zh: `${lossYear} < ${earliest}，按一般规定`, en: `${lossYear} < ${earliest}: the general rule applies` },
          LOSS_YEARS_HIGH_TECH.source,
        );
      }
    }
    const n = years ?? t.rate(LOSS_YEARS_NORMAL);
    return t.calc({ zh: '可结转弥补的最后年度', en: 'last year the loss may be carried to' }, lossYear + n, {
      zh: `${lossYear} + ${n}`,
      en: `${lossYear} + ${n}`,
    });
  },
});

// ───────────────────────── DEPOSITREFUND (000#62) ─────────────────────────

export const DEPOSITREFUND = defineFunction({
  name: 'DEPOSITREFUND',
  group: 'tax',
  description: {
    zh: `威海旅行社可暂退已交纳旅游服务质量保证金的 ${percentText(DEPOSIT_REFUND_SHARE.value)}（被法院冻结的部分除外，请勿计入 deposit）。`,
    en: `Weihai travel agencies: ${percentText(DEPOSIT_REFUND_SHARE.value)} of the tourism quality deposit paid is temporarily returned (amounts frozen by a court excluded: leave them out of deposit).`,
  },
  returns: { zh: '暂退保证金（元）', en: 'deposit returned (yuan)' },
  result: 'money',
  args: [required('deposit', money, { zh: '已交纳的旅游服务质量保证金（元，不含被法院冻结部分）', en: 'tourism quality deposit paid (yuan, excluding any frozen by a court)' })],
  sources: ['000#62'],
  example: [200000],
  compute([deposit], t) {
    const share = t.rate(DEPOSIT_REFUND_SHARE, percentText(DEPOSIT_REFUND_SHARE.value));
    return t.calc({ zh: '暂退保证金', en: 'deposit returned' }, deposit.times(share), {
      zh: `保证金 × ${percentText(share)}`,
      en: `deposit × ${percentText(share)}`,
    });
  },
});

// ───────────────────────── FEEDISCOUNT (000#63) ─────────────────────────

export const FEEDISCOUNT = defineFunction({
  name: 'FEEDISCOUNT',
  group: 'tax',
  description: {
    zh: `复工复产企业的计量器具检定校准收费、食品药品质量检验检测收费减收 ${percentText(FEE_CUT_SHARE.value)}：返回减收额（原收费 × ${percentText(FEE_CUT_SHARE.value)}）。`,
    en: `Metrology calibration and food/drug testing fees cut by ${percentText(FEE_CUT_SHARE.value)} for resuming enterprises: returns the amount cut (fee × ${percentText(FEE_CUT_SHARE.value)}).`,
  },
  returns: { zh: '减收额（元）', en: 'amount cut (yuan)' },
  result: 'money',
  args: [required('fee', money, { zh: '按原标准计算的检定、检验检测收费（元）', en: 'the fee at the normal scale (yuan)' })],
  sources: ['000#63'],
  example: [3000],
  compute([fee], t) {
    // Decision: the result is the amount cut (the saving), not the fee still payable.
    const cut = t.rate(FEE_CUT_SHARE, percentText(FEE_CUT_SHARE.value));
    return t.calc({ zh: '减收额', en: 'amount cut' }, fee.times(cut), {
      zh: `原收费 × ${percentText(cut)}`,
      en: `fee × ${percentText(cut)}`,
    });
  },
});

export const TAX_FUNCTIONS: FunctionSpec[] = [TECHTRANSFERTAX, LOSSCARRYEND, DEPOSITREFUND, FEEDISCOUNT];
