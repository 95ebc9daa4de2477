import { bool, count, date, money } from '../engine/args';
import { industry, industryName, type Industry } from '../engine/codes';
import { isoDate } from '../engine/dates';
import { valueError } from '../engine/errors';
import { percentText, ZERO } from '../engine/money';
import { citationOf, inForce, type RateEntry } from '../engine/provenance';
import type { Dec } from '../engine/money';
import { defineFunction, optional, required, withDefault, type FunctionSpec } from '../registry/define';
import {
  HIRE_JINING_SOURCE,
  HIRE_PER_PERSON,
  HIRE_WINDOW,
  INTERN_SHARE,
  ONLINE_LIVING_PER_HOUR,
  ONLINE_TRAIN_SHARE,
  REFERRAL_PER_PERSON,
  SPRING_CAP,
  SPRING_PER_PERSON_DAY,
  STAFF_HEADCOUNT_CAP,
  STAFF_MONTHS_CAP,
  STAFF_PER_PERSON_MONTH,
  STAFF_TAX_ACCOMMODATION_CATERING,
  STAFF_TAX_WHOLESALE_RETAIL,
  UNEMP_BENEFIT_SHARE,
  UNEMP_LIAOCHENG_SOURCE,
  WORK_TRAIN_PER_PERSON,
} from '../rates/employment';

const persons = count({ zh: '人', en: 'persons' });
const MIN_WAGE = { zh: '当地月最低工资标准（元）', en: 'local monthly minimum wage (yuan)' };

// ─────────────────────────────────────────────────────────────────────────────
// HIRESUBSIDY (000#41, 004#3)
// ─────────────────────────────────────────────────────────────────────────────

export const HIRESUBSIDY = defineFunction({
  name: 'HIRESUBSIDY',
  group: 'employment',
  description: {
    zh: '一次性吸纳就业补贴：2020年2月10日起一个月内（至3月9日）复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的，每人1000元；给出的录用日期不在该期限内为 0。',
    en: 'One-off hiring subsidy: 1,000 per new hire with a ≥ 1-year contract and social insurance, hired within one month from 2020-02-10 (to 2020-03-09); 0 when hireDate is outside that month.',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('newHires', persons, {
      zh: '新吸纳就业人数（仅计签订1年以上劳动合同并缴纳社会保险者）',
      en: 'new hires (only those with a ≥ 1-year contract and social insurance)',
    }),
    optional('hireDate', date, {
      zh: '录用日期；省略视为在 2020-02-10 至 2020-03-09 期限内',
      en: 'hire date; omitted = within 2020-02-10…2020-03-09',
    }),
  ],
  sources: ['000#41', '004#3'],
  example: [10, '2020-02-20'],
  compute([hires, hired], t) {
    const window = `${HIRE_WINDOW.fromIso} 至 ${HIRE_WINDOW.toIso}`;
    const windowEn = `${HIRE_WINDOW.fromIso} to ${HIRE_WINDOW.toIso}`;
    if (hired !== null && !inForce(HIRE_WINDOW, hired)) {
      t.because(
        { zh: '录用日期不在期限内', en: 'hired outside the window' },
        { zh: `录用日期 ${isoDate(hired)} 不在 ${window}（2020年2月10日起一个月内）`, en: `hire date ${isoDate(hired)} is outside ${windowEn} (one month from 2020-02-10)` },
        HIRE_WINDOW.source,
      );
      return ZERO;
    }
    // hireDate omitted: FUNCTIONS.md treats the hires as made within the window.
    t.rate(HIRE_WINDOW, hired === null ? `${window}（未给录用日期，视为在期限内）` : `${window}（${isoDate(hired)} 在期限内）`);
    const per = t.rate(HIRE_PER_PERSON);
    t.add(
      { zh: '济宁同一标准', en: 'same rate in Jining' },
      per,
      { zh: '济宁市指导意见重申每人1000元', en: "Jining's guidance restates 1,000 per hire" },
      citationOf(HIRE_JINING_SOURCE),
    );
    return t.calc(
      { zh: '一次性吸纳就业补贴', en: 'hiring subsidy' },
      per.times(hires),
      { zh: `${per.toString()} 元 × ${hires} 人`, en: `${per.toString()} × ${hires} hires` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// SPRINGWORKSUBSIDY (000#41)
// ─────────────────────────────────────────────────────────────────────────────

export const SPRINGWORKSUBSIDY = defineFunction({
  name: 'SPRINGWORKSUBSIDY',
  group: 'employment',
  description: {
    zh: '疫情防控重点物资生产企业春节期间（截至2020年2月9日）开工生产的一次性用工补贴：每人每天200元，每个企业最高50万元。',
    en: 'Spring Festival work subsidy for key epidemic-supply producers (to 2020-02-09): 200 per person-day, at most 500,000 per enterprise.',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('personDays', count({ zh: '人·天', en: 'person-days' }), {
      zh: '截至2020年2月9日春节期间开工生产的人·天数',
      en: 'person-days worked over the Spring Festival, to 2020-02-09',
    }),
  ],
  sources: ['000#41'],
  example: [1200],
  compute([days], t) {
    const per = t.rate(SPRING_PER_PERSON_DAY);
    const uncapped = t.calc(
      { zh: '按人·天计算的补贴', en: 'subsidy by person-days' },
      per.times(days),
      { zh: `${per.toString()} 元 × ${days} 人·天`, en: `${per.toString()} × ${days} person-days` },
    );
    const cap = t.rate(SPRING_CAP);
    const capped = uncapped.greaterThan(cap);
    return t.calc(
      { zh: '一次性用工补贴', en: 'Spring Festival work subsidy' },
      capped ? cap : uncapped,
      capped
        ? { zh: `超过每个企业上限 ${cap.toString()} 元，按上限`, en: `above the ${cap.toString()} per-enterprise cap: the cap` }
        : { zh: `未超过每个企业上限 ${cap.toString()} 元`, en: `within the ${cap.toString()} per-enterprise cap` },
      SPRING_CAP.source,
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// STAFFSUBSIDY (000#26, Weihai)
// ─────────────────────────────────────────────────────────────────────────────

/** 000#26's two groups: 住宿餐饮业 and 批发零售 enterprises, each with its 2019 tax threshold. */
const STAFF_THRESHOLDS: Partial<Record<Industry, RateEntry<Dec>>> = {
  accommodation: STAFF_TAX_ACCOMMODATION_CATERING,
  catering: STAFF_TAX_ACCOMMODATION_CATERING,
  wholesale: STAFF_TAX_WHOLESALE_RETAIL,
  retail: STAFF_TAX_WHOLESALE_RETAIL,
};

export const STAFFSUBSIDY = defineFunction({
  name: 'STAFFSUBSIDY',
  group: 'employment',
  description: {
    zh: '威海服务业企业用工补贴：2019年度入库税费住宿餐饮业100万元以上、批发零售业200万元以上的，300元 × 参保职工人数（最多按100人）× 月数（自2020年2月起最多3个月）。',
    en: 'Weihai service-industry staffing subsidy: with 2019 taxes ≥ 1,000,000 (accommodation/catering) or ≥ 2,000,000 (wholesale/retail), 300 × min(insured staff, 100) × min(months, 3).',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('industry', industry, {
      zh: '行业：住宿、餐饮、批发、零售（其他行业不在补贴范围）',
      en: 'industry: accommodation, catering, wholesale, retail (others are not covered)',
    }),
    required('tax2019', money, { zh: '2019年度入库税费（元）', en: 'taxes and fees paid in 2019 (yuan)' }),
    required('insuredStaff', persons, { zh: '参保职工人数', en: 'insured staff' }),
    withDefault(
      'months',
      count({ zh: '月', en: 'months' }),
      { zh: '补贴月数，默认 3（最多 3 个月）', en: 'months subsidised, default 3 (at most 3)' },
      STAFF_MONTHS_CAP.value,
      { zh: '3 个月（自2020年2月起连续3个月）', en: '3 months (consecutive from 2020-02)' },
    ),
  ],
  sources: ['000#26'],
  example: ['餐饮', 1500000, 120],
  compute([ind, tax, staff, months], t) {
    const threshold = STAFF_THRESHOLDS[ind];
    if (!threshold) {
      t.because(
        { zh: '行业不在补贴范围', en: 'industry not covered' },
        {
          zh: `${industryName(ind)} 不是住宿餐饮业或批发零售业，威海服务业用工补贴只覆盖这两类`,
          en: `${ind} is neither accommodation/catering nor wholesale/retail, the only groups 000#26 covers`,
        },
        STAFF_TAX_ACCOMMODATION_CATERING.source,
      );
      return ZERO;
    }
    const minimum = t.rate(threshold);
    // "100万元以上" includes 1,000,000 itself (以上 counts the figure), hence ≥.
    if (tax.lessThan(minimum)) {
      t.because(
        { zh: '2019年度入库税费未达门槛', en: '2019 taxes below the threshold' },
        {
          zh: `入库税费 ${tax.toString()} 元低于 ${minimum.toString()} 元`,
          en: `taxes ${tax.toString()} are below ${minimum.toString()}`,
        },
        threshold.source,
      );
      return ZERO;
    }
    const headcountCap = t.rate(STAFF_HEADCOUNT_CAP);
    const counted = t.calc(
      { zh: '补贴人数', en: 'staff counted' },
      Math.min(staff, headcountCap),
      staff > headcountCap
        ? { zh: `参保职工 ${staff} 人，超过 ${headcountCap} 人按 ${headcountCap} 人`, en: `${staff} insured staff, counted as ${headcountCap}` }
        : { zh: `参保职工 ${staff} 人，按实际人数`, en: `${staff} insured staff, counted as is` },
    );
    const monthsCap = t.rate(STAFF_MONTHS_CAP);
    const monthsPaid = t.calc(
      { zh: '补贴月数', en: 'months subsidised' },
      Math.min(months, monthsCap),
      months > monthsCap
        ? { zh: `${months} 个月超过上限，按 ${monthsCap} 个月`, en: `${months} months, capped at ${monthsCap}` }
        : { zh: `${months} 个月`, en: `${months} months` },
    );
    const per = t.rate(STAFF_PER_PERSON_MONTH);
    return t.calc(
      { zh: '用工补贴', en: 'staffing subsidy' },
      per.times(counted).times(monthsPaid),
      { zh: `${per.toString()} 元 × ${counted} 人 × ${monthsPaid} 个月`, en: `${per.toString()} × ${counted} staff × ${monthsPaid} months` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// WORKTRAINSUBSIDY (000#29)
// ─────────────────────────────────────────────────────────────────────────────

export const WORKTRAINSUBSIDY = defineFunction({
  name: 'WORKTRAINSUBSIDY',
  group: 'employment',
  description: {
    zh: '“以工代训”一次性职业培训补贴：疫情防控期间对新录用职工开展以工代训的企业，每人600元。',
    en: 'Work-as-training (以工代训) subsidy: 600 per newly hired employee trained on the job during the epidemic.',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [required('persons', persons, { zh: '参加以工代训的新录用职工人数', en: 'newly hired employees trained' })],
  sources: ['000#29'],
  example: [25],
  compute([n], t) {
    const per = t.rate(WORK_TRAIN_PER_PERSON);
    return t.calc(
      { zh: '以工代训补贴', en: 'work-as-training subsidy' },
      per.times(n),
      { zh: `${per.toString()} 元 × ${n} 人`, en: `${per.toString()} × ${n} persons` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// ONLINETRAINSUBSIDY (000#28)
// ─────────────────────────────────────────────────────────────────────────────

export const ONLINETRAINSUBSIDY = defineFunction({
  name: 'ONLINETRAINSUBSIDY',
  group: 'employment',
  description: {
    zh: '线上培训补贴（一名学员）：本市职业技能培训补贴标准的20%；农民工、离校2年未就业大学生、建档立卡贫困劳动力及贫困家庭子女4类重点群体另按每学时5元给予生活费补贴。',
    en: 'Online training subsidy for one trainee: 20% of the local standard training subsidy, plus a living allowance of 5 per study hour for the four key groups.',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('standardAmount', money, {
      zh: '该培训项目的本市职业技能培训补贴标准（元/人）',
      en: 'the local standard training subsidy for the course (yuan per trainee)',
    }),
    optional('hours', count({ zh: '学时', en: 'study hours' }), {
      zh: '完成并考核合格的学时数（keyGroup 为 TRUE 时必填）',
      en: 'study hours completed and passed (required when keyGroup is TRUE)',
    }),
    withDefault(
      'keyGroup',
      bool,
      { zh: '是否属于4类重点群体，默认 FALSE', en: 'whether the trainee is in one of the four key groups, default FALSE' },
      false,
      { zh: 'FALSE（不属于重点群体）', en: 'FALSE (not a key group)' },
    ),
  ],
  sources: ['000#28'],
  example: [1500, 40, true],
  compute([standard, hours, keyGroup], t) {
    // A key-group trainee without hours would silently lose the living allowance: refused.
    if (keyGroup && hours === null) {
      throw valueError('hours', {
        zh: 'keyGroup 为 TRUE 时必须给出学时数（不小于 0 的整数）',
        en: 'the number of study hours (a whole number ≥ 0) when keyGroup is TRUE',
      });
    }
    const share = t.rate(ONLINE_TRAIN_SHARE, percentText(ONLINE_TRAIN_SHARE.value));
    const training = t.calc(
      { zh: '线上培训补贴', en: 'online training subsidy' },
      standard.times(share),
      { zh: `培训补贴标准 × ${percentText(share)}`, en: `standard amount × ${percentText(share)}` },
    );
    if (!keyGroup || hours === null) {
      if (hours !== null) {
        t.because(
          { zh: '无生活费补贴', en: 'no living allowance' },
          { zh: '生活费补贴只发给4类重点群体；keyGroup 为 FALSE，学时不计补贴', en: 'the living allowance is only for the four key groups; keyGroup is FALSE, so hours earn nothing' },
          ONLINE_LIVING_PER_HOUR.source,
        );
      }
      return training;
    }
    const perHour = t.rate(ONLINE_LIVING_PER_HOUR);
    const living = t.calc(
      { zh: '生活费补贴', en: 'living allowance' },
      perHour.times(hours),
      { zh: `${perHour.toString()} 元 × ${hours} 学时`, en: `${perHour.toString()} × ${hours} hours` },
    );
    return t.calc(
      { zh: '合计', en: 'total' },
      training.plus(living),
      { zh: '线上培训补贴 + 生活费补贴', en: 'training subsidy + living allowance' },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// REFERRALSUBSIDY (004#3, Jining)
// ─────────────────────────────────────────────────────────────────────────────

export const REFERRALSUBSIDY = defineFunction({
  name: 'REFERRALSUBSIDY',
  group: 'employment',
  description: {
    zh: '济宁职业介绍补贴：公共就业服务机构、经营性人力资源服务机构介绍技能型人才和职业院校、技工院校、高校毕业生就业的，每人120元。',
    en: "Jining job-referral subsidy: 120 per skilled worker or vocational/technical/college graduate placed by an employment-service agency.",
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [required('persons', persons, { zh: '经审核确认的介绍就业人数', en: 'persons placed (as confirmed)' })],
  sources: ['004#3'],
  example: [50],
  compute([n], t) {
    const per = t.rate(REFERRAL_PER_PERSON);
    return t.calc(
      { zh: '职业介绍补贴', en: 'referral subsidy' },
      per.times(n),
      { zh: `${per.toString()} 元 × ${n} 人`, en: `${per.toString()} × ${n} persons` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// INTERNSUBSIDY (000#47)
// ─────────────────────────────────────────────────────────────────────────────

export const INTERNSUBSIDY = defineFunction({
  name: 'INTERNSUBSIDY',
  group: 'employment',
  description: {
    zh: '就业见习补贴（一名见习人员）：当地最低工资标准的60% × 见习月数。',
    en: 'Traineeship subsidy for one trainee: 60% of the local minimum wage × months.',
  },
  returns: { zh: '补贴额（元）', en: 'subsidy (yuan)' },
  result: 'money',
  args: [
    required('minWage', money, MIN_WAGE),
    required('months', count({ zh: '月', en: 'months' }), { zh: '见习月数', en: 'months of traineeship' }),
  ],
  sources: ['000#47'],
  example: [1730, 6],
  compute([minWage, months], t) {
    const share = t.rate(INTERN_SHARE, percentText(INTERN_SHARE.value));
    const monthly = t.calc(
      { zh: '每月见习补贴', en: 'monthly subsidy' },
      minWage.times(share),
      { zh: `最低工资 × ${percentText(share)}`, en: `minimum wage × ${percentText(share)}` },
    );
    // The seed sets no limit on the months (the traineeship agreement does), so none is applied.
    return t.calc(
      { zh: '见习补贴', en: 'traineeship subsidy' },
      monthly.times(months),
      { zh: `每月补贴 × ${months} 个月`, en: `monthly × ${months} months` },
    );
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// UNEMPBENEFIT (000#42, 001#1)
// ─────────────────────────────────────────────────────────────────────────────

export const UNEMPBENEFIT = defineFunction({
  name: 'UNEMPBENEFIT',
  group: 'employment',
  description: {
    zh: '失业保险金月标准：当地最低工资标准的90%。',
    en: 'Monthly unemployment benefit: 90% of the local minimum wage.',
  },
  returns: { zh: '每月失业保险金（元）', en: 'monthly benefit (yuan)' },
  result: 'money',
  args: [required('minWage', money, MIN_WAGE)],
  sources: ['000#42', '001#1'],
  example: [1730],
  compute([minWage], t) {
    const share = t.rate(UNEMP_BENEFIT_SHARE, percentText(UNEMP_BENEFIT_SHARE.value));
    t.add(
      { zh: '聊城同一标准', en: 'same rate in Liaocheng' },
      percentText(share),
      { zh: '聊城通知重申（原文作“失业保证金”）', en: 'restated by Liaocheng (its text says 失业保证金)' },
      citationOf(UNEMP_LIAOCHENG_SOURCE),
    );
    return t.calc(
      { zh: '每月失业保险金', en: 'monthly benefit' },
      minWage.times(share),
      { zh: `最低工资 × ${percentText(share)}`, en: `minimum wage × ${percentText(share)}` },
    );
  },
});

export const EMPLOYMENT_FUNCTIONS: FunctionSpec[] = [
  HIRESUBSIDY,
  SPRINGWORKSUBSIDY,
  STAFFSUBSIDY,
  WORKTRAINSUBSIDY,
  ONLINETRAINSUBSIDY,
  REFERRALSUBSIDY,
  INTERNSUBSIDY,
  UNEMPBENEFIT,
];
