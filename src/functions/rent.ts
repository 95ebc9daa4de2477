import { money, type ArgType } from '../engine/args';
import { codeType, industry, isSme, region, size, type CodeDef, type Industry, type Region, type Size } from '../engine/codes';
import { isoMonth, monthFromIso } from '../engine/dates';
import { notCovered } from '../engine/errors';
import { Dec, minDec, percentText, roundYuan, sumDec, ZERO } from '../engine/money';
import { citationOf, type Source } from '../engine/provenance';
import type { Trace } from '../engine/trace';
import { defineFunction, required, withDefault, type Table } from '../registry/define';
import {
  INCUBATOR_LIAOCHENG_SOURCE,
  INCUBATOR_NO_DOUBLE_SOURCE,
  INCUBATOR_RULES,
  LIAOCHENG_OTHER_LANDLORDS,
  LIAOCHENG_THREE_MONTHS,
  QINGDAO_NO_AMOUNT,
  SCHEDULE_FIRST_MONTH,
  SCHEDULE_MONTHS,
  WEIHAI_CITY_SOE_SERVICES,
  WEIHAI_OTHER_LANDLORDS,
  WEIHAI_SOE,
  type IncubatorLevel,
  type ReliefSchedule,
} from '../rates/rent';

export type Landlord = 'soe' | 'city-soe' | 'park' | 'private';

export const LANDLORDS: readonly CodeDef<Landlord>[] = [
  { code: 'soe', zh: '国有企业', en: 'state-owned enterprise', aliases: ['国企', '国有'] },
  { code: 'city-soe', zh: '市属国有企业', en: 'city-owned state enterprise', aliases: ['市属国企', '市属'] },
  {
    code: 'park',
    zh: '创业园区',
    en: 'fiscally supported start-up park',
    aliases: ['示范基地', '创业示范基地', '创业载体', '创业园区/示范基地', '园区'],
  },
  { code: 'private', zh: '其他', en: 'other landlord', aliases: ['民营', '个人', '其他业主', 'other'] },
];
export const landlord: ArgType<Landlord> = codeType('landlord', LANDLORDS);

/** 000#49's 餐饮住宿、批发零售、交通物流和旅游行业 (交通物流 read as sector G plus the tag; see the rate note). */
const HARD_HIT: ReadonlySet<Industry> = new Set<Industry>([
  'catering',
  'accommodation',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'logistics',
  'tourism',
]);

interface Decision {
  schedule?: ReliefSchedule;
  /** Why there is no schedule (relief only encouraged, or the tenant is not an SME). */
  reason?: { zh: string; en: string; source?: Source };
}

/**
 * Which schedule applies. Regions whose documents set no amount are #N/A, not 0: the
 * answer there is "the seeds do not say", which a claim must not read as "nothing due".
 */
function decide(reg: Region, lord: Landlord, ind: Industry, sz: Size): Decision {
  if (reg === 'qingdao') {
    throw notCovered(
      {
        zh: `青岛（${QINGDAO_NO_AMOUNT.ref}）只要求国有、集体载体“带头减免”小微企业房租，未规定减免金额或月数`,
        en: `Qingdao (${QINGDAO_NO_AMOUNT.ref}) asks state and collective landlords to "take the lead" in cutting small-business rent but sets no amount or number of months`,
      },
      'region',
    );
  }
  if (reg === 'jining' || reg === 'shandong') {
    throw notCovered(
      {
        zh: `${reg === 'jining' ? '济宁（004）' : '省级文件（种子文件中）'}未规定房租减免金额；请按所在市（威海、聊城）计算`,
        en: `${reg === 'jining' ? "Jining's guidance (004)" : 'No provincial seed'} sets no rent-relief amount; compute under the city (weihai, liaocheng)`,
      },
      'region',
    );
  }
  if (!isSme(sz)) {
    return { reason: { zh: '承租方为大型企业，房租减免只适用于中小企业', en: 'the tenant is a large enterprise; rent relief is for SMEs only' } };
  }
  if (reg === 'weihai') {
    if (lord === 'city-soe' && HARD_HIT.has(ind)) return { schedule: WEIHAI_CITY_SOE_SERVICES };
    if (lord === 'soe' || lord === 'city-soe') return { schedule: WEIHAI_SOE };
    return {
      reason: {
        zh: '威海对其他经营用房只“鼓励”业主减免，由双方协商，无法定金额',
        en: 'Weihai only encourages other landlords to cut rent by agreement; no amount is set',
        source: WEIHAI_OTHER_LANDLORDS,
      },
    };
  }
  if (lord === 'private') {
    return {
      reason: {
        zh: '聊城对其他房东（如科技企业孵化器）只是“鼓励”减免，无法定金额',
        en: 'Liaocheng only encourages other landlords (e.g. incubators) to cut rent; no amount is set',
        source: LIAOCHENG_OTHER_LANDLORDS,
      },
    };
  }
  return { schedule: LIAOCHENG_THREE_MONTHS };
}

interface MonthRow {
  month: string;
  share: Dec;
  relief: Dec;
}

/**
 * The month-by-month relief. Each month's relief is rounded to the cent on its own: the
 * policy grants relief month by month ("2个月房租免收、2个月房租减半"), each month's rent is a
 * separate payment, and so RENTRELIEF always equals the sum of RENTSCHEDULE's relief column.
 */
function reliefRows(rent: Dec, reg: Region, lord: Landlord, ind: Industry, sz: Size, t: Trace): MonthRow[] {
  const { schedule, reason } = decide(reg, lord, ind, sz);
  const first = monthFromIso(SCHEDULE_FIRST_MONTH);
  const shares = new Map((schedule?.months ?? []).map((m) => [m.month, m.share]));
  if (schedule) {
    t.add(
      { zh: '适用减免方案', en: 'relief schedule' },
      schedule.label.zh,
      { zh: schedule.label.zh, en: schedule.label.en },
      `${schedule.source.ref} ${schedule.source.docNo.join('；')}`,
    );
  } else if (reason) {
    t.because({ zh: '无法定减免', en: 'no relief set' }, reason, reason.source);
  }
  const rows: MonthRow[] = [];
  for (let i = 0; i < SCHEDULE_MONTHS; i++) {
    const month = isoMonth(first + i);
    const share = shares.get(month) ?? ZERO;
    const relief = roundYuan(rent.times(share));
    if (!share.isZero()) {
      t.calc({ zh: `${month} 减免额`, en: `${month} relief` }, relief, {
        zh: `月租金 × ${percentText(share)}，按月四舍五入到分`,
        en: `monthly rent × ${percentText(share)}, rounded to the cent per month`,
      });
    }
    rows.push({ month, share, relief });
  }
  return rows;
}

const RENT_ARGS = [
  required('monthlyRent', money, { zh: '月租金（元）', en: 'monthly rent (yuan)' }),
  required('region', region, { zh: '地区：weihai 威海、liaocheng 聊城、qingdao 青岛…', en: 'region: weihai, liaocheng, qingdao…' }),
  required('landlord', landlord, {
    zh: '出租方：soe 国有企业、city-soe 市属国有企业、park 创业园区、private 其他',
    en: 'landlord: soe, city-soe, park (start-up park), private (other)',
  }),
  required('industry', industry, { zh: '承租企业行业，如 餐饮、批发、工业', en: "tenant's industry, e.g. catering, wholesale, industry" }),
  withDefault('size', size, { zh: '承租企业规模，默认 sme（中小微）', en: "tenant's size, default sme" }, 'sme' as Size, {
    zh: 'sme（中小微企业）',
    en: 'sme (any SME)',
  }),
] as const;

const RENT_SOURCES = ['000#49', '001#5', '002#7'];

export const RENTRELIEF = defineFunction({
  name: 'RENTRELIEF',
  group: 'rent',
  description: {
    zh: '中小企业承租方可获的房租减免总额：威海国企房产两免两减半（市属国企+服务业两免四减半），聊城国企或创业园区免3个月。',
    en: 'Total rent relief for an SME tenant: Weihai SOE landlords 2 free + 2 half (city SOEs, hard-hit trades: 2 free + 4 half); Liaocheng SOE or park landlords 3 months free.',
  },
  returns: { zh: '减免总额（元）', en: 'total relief (yuan)' },
  result: 'money',
  args: RENT_ARGS,
  sources: RENT_SOURCES,
  example: [10000, 'weihai', 'soe', '工业'],
  compute([rent, reg, lord, ind, sz], t) {
    const rows = reliefRows(rent, reg, lord, ind, sz, t);
    return t.calc({ zh: '减免合计', en: 'total relief' }, sumDec(rows.map((r) => r.relief)), {
      zh: '各月减免额之和',
      en: 'sum of the monthly reliefs',
    });
  },
});

export const RENTSCHEDULE = defineFunction({
  name: 'RENTSCHEDULE',
  group: 'rent',
  description: {
    zh: '房租减免逐月明细表（溢出）：月份、月租金、减免比例、减免额、应付租金，覆盖 2020年1—6月。',
    en: 'The rent relief month by month as a spilled table: month, rent, relief share, relief, rent payable, for 2020-01…06.',
  },
  returns: { zh: '7 行 × 5 列的表（含表头）', en: 'a 7 × 5 table with a header row' },
  result: 'table',
  args: RENT_ARGS,
  sources: RENT_SOURCES,
  example: [10000, 'weihai', 'city-soe', '餐饮'],
  tableShape: () => ({ rows: SCHEDULE_MONTHS + 1, cols: 5 }),
  compute([rent, reg, lord, ind, sz], t): Table {
    const rows = reliefRows(rent, reg, lord, ind, sz, t);
    return [
      ['月份 month', '月租金 rent', '减免比例 share', '减免额 relief', '应付租金 payable'],
      ...rows.map((r) => [r.month, rent.toNumber(), r.share.toNumber(), r.relief.toNumber(), rent.minus(r.relief).toNumber()]),
    ];
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// INCUBATORSUBSIDY (000#23, 001#5)
// ─────────────────────────────────────────────────────────────────────────────

export const incubatorLevel: ArgType<IncubatorLevel> = codeType<IncubatorLevel>('level', [
  {
    code: 'province',
    zh: '省级',
    en: 'province',
    aliases: ['省', 'provincial', '省级创业孵化示范基地', '省级创业孵化基地', '省级人力资源服务产业园区'],
  },
  {
    code: 'city',
    zh: '市级',
    en: 'city',
    aliases: ['市', 'municipal', '威海', '威海市级', '市级创业孵化示范基地', '市级人力资源服务产业园'],
  },
]);

export const INCUBATORSUBSIDY = defineFunction({
  name: 'INCUBATORSUBSIDY',
  group: 'rent',
  description: {
    zh: '为承租中小企业减免租金（最长3个月）的创业孵化示范基地、人力资源服务产业园区的运营补贴：减免租金总额的30%，省级最高50万元，威海市级最高20万元；省级与市级不重复享受。',
    en: 'Operating subsidy for an incubator or HR-services park that cut SME tenants\' rent (at most 3 months): 30% of the rent reduced, capped at 500,000 (province) or 200,000 (Weihai city level); not both.',
  },
  returns: { zh: '运营补贴（元）', en: 'operating subsidy (yuan)' },
  result: 'money',
  args: [
    required('rentReduced', money, {
      zh: '疫情期间为承租中小企业减免的租金总额（元，最多计3个月）',
      en: 'total rent reduced for SME tenants during the epidemic (yuan, at most 3 months of it)',
    }),
    required('level', incubatorLevel, {
      zh: '基地级别：province 省级（含聊城）、city 市级（威海）',
      en: 'level of the incubator/park: province (incl. Liaocheng), city (Weihai)',
    }),
  ],
  sources: ['000#23', '001#5'],
  example: [400000, 'city'],
  compute([reduced, level], t) {
    const rule = INCUBATOR_RULES[level];
    // The 3-month limit cannot be checked from a total: rentReduced must already be the rent
    // reduced over at most 3 months. It is shown as a condition of the result.
    t.rate(rule.maxMonths);
    if (level === 'province') {
      t.add(
        { zh: '聊城同一标准', en: 'same rule in Liaocheng' },
        percentText(rule.share.value),
        { zh: '聊城通知重申省级基地30%、最高50万元、最长3个月', en: 'Liaocheng restates 30%, at most 500,000, at most 3 months' },
        citationOf(INCUBATOR_LIAOCHENG_SOURCE),
      );
    }
    t.add(
      { zh: '不重复享受', en: 'not both levels' },
      '',
      { zh: '省级运营补贴不与市级重复享受：只按一个级别计算', en: 'the provincial and city subsidies are not both granted: one level only' },
      citationOf(INCUBATOR_NO_DOUBLE_SOURCE),
    );
    const share = t.rate(rule.share, percentText(rule.share.value));
    const uncapped = t.calc(
      { zh: '按比例计算的补贴', en: 'subsidy before the cap' },
      reduced.times(share),
      { zh: `减免租金总额 × ${percentText(share)}`, en: `rent reduced × ${percentText(share)}` },
    );
    const cap = t.rate(rule.cap);
    return t.calc(
      { zh: '运营补贴', en: 'operating subsidy' },
      minDec(uncapped, cap),
      uncapped.greaterThan(cap)
        ? { zh: `超过上限 ${cap.toString()} 元，按上限`, en: `above the ${cap.toString()} cap: the cap` }
        : { zh: `未超过上限 ${cap.toString()} 元`, en: `within the ${cap.toString()} cap` },
    );
  },
});

export const RENT_FUNCTIONS = [RENTRELIEF, RENTSCHEDULE, INCUBATORSUBSIDY];
