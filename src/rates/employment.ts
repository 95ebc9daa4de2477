import { dec, type Dec } from '../engine/money';
import { entry, type Source } from '../engine/provenance';

const LU_5 = '鲁政发〔2020〕5号';
const LU_4 = '鲁政办发〔2020〕4号';
const JINING_DOC = '济宁市委经济运行应急保障指挥部工业运行工作组指导意见（2020年3月10日）';

// ─────────────────────────────────────────────────────────────────────────────
// HIRESUBSIDY and SPRINGWORKSUBSIDY (000#41, 004#3)
// ─────────────────────────────────────────────────────────────────────────────

const HIRE_QUOTE =
  '对2020年2月10日起一个月内复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的，每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴';

/** 000#41: 1,000 per new hire with a ≥ 1-year contract and social insurance. */
export const HIRE_PER_PERSON = entry<Dec>({
  label: { zh: '一次性吸纳就业补贴（每人）', en: 'one-off hiring subsidy per new hire' },
  value: dec('1000'),
  source: { ref: '000#41', docNo: [LU_5], quote: HIRE_QUOTE, basis: 'seed' },
});

/** 004#3: Jining restates the same subsidy (its text uses a half-width comma). */
export const HIRE_JINING_SOURCE: Source = {
  ref: '004#3',
  docNo: [JINING_DOC],
  quote:
    '对2020年2月10日起一个月内复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的,每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴。',
  basis: 'seed',
};

/**
 * 000#41 "2020年2月10日起一个月内": read as 2020-02-10 ≤ hire date < 2020-03-10, i.e. the
 * last eligible day is 2020-03-09 (the same day one calendar month on is the first day out).
 */
export const HIRE_WINDOW = entry<number>({
  label: { zh: '吸纳就业补贴录用期限（月，自2020-02-10起）', en: 'hiring window in months (from 2020-02-10)' },
  value: 1,
  from: '2020-02-10',
  to: '2020-03-09',
  source: {
    ref: '000#41',
    docNo: [LU_5],
    quote: HIRE_QUOTE,
    basis: 'assumption',
    note: {
      zh: '“2020年2月10日起一个月内”按 2020-02-10（含）至 2020-03-10（不含）理解，最后一个符合条件的录用日为 2020-03-09。',
      en: '"within one month from 2020-02-10" is read as 2020-02-10 (inclusive) to 2020-03-10 (exclusive): the last eligible hire date is 2020-03-09.',
    },
  },
});

const SPRING_SOURCE: Source = {
  ref: '000#41',
  docNo: [LU_5],
  quote: '对春节期间（截至2020年2月9日）开工生产的企业，给予每人每天200元一次性用工补贴，每个企业最高不超过50万元',
  basis: 'seed',
};

/** 000#41: 200 per person-day worked over the Spring Festival, up to 2020-02-09. */
export const SPRING_PER_PERSON_DAY = entry<Dec>({
  label: { zh: '春节期间一次性用工补贴（每人每天）', en: 'Spring Festival work subsidy per person-day' },
  value: dec('200'),
  to: '2020-02-09',
  source: SPRING_SOURCE,
});

export const SPRING_CAP = entry<Dec>({
  label: { zh: '春节期间用工补贴每个企业上限', en: 'Spring Festival work subsidy cap per enterprise' },
  value: dec('500000'),
  source: SPRING_SOURCE,
});

// ─────────────────────────────────────────────────────────────────────────────
// STAFFSUBSIDY (000#26, Weihai)
// ─────────────────────────────────────────────────────────────────────────────

const WEIHAI_3 = '威政办发〔2020〕3号';

const STAFF_THRESHOLD_SOURCE: Source = {
  ref: '000#26',
  docNo: [WEIHAI_3],
  quote: '对2019年度住宿餐饮业入库税费缴纳100万元以上、批发零售企业入库税费缴纳200万元以上的服务业企业给予一定用工补贴',
  basis: 'seed',
  note: {
    zh: '“100万元以上”“200万元以上”含本数（《民法典》第一千二百五十九条：以上、以下包括本数），即 ≥。',
    en: '"100万元以上" / "200万元以上" include the figure itself (Civil Code art. 1259: 以上 includes the number), i.e. ≥.',
  },
};

/** 000#26: accommodation and catering must have paid at least 1,000,000 of taxes in 2019. */
export const STAFF_TAX_ACCOMMODATION_CATERING = entry<Dec>({
  label: { zh: '住宿餐饮业 2019年度入库税费门槛', en: '2019 taxes threshold, accommodation and catering' },
  value: dec('1000000'),
  source: STAFF_THRESHOLD_SOURCE,
});

/** 000#26: wholesale and retail must have paid at least 2,000,000. */
export const STAFF_TAX_WHOLESALE_RETAIL = entry<Dec>({
  label: { zh: '批发零售业 2019年度入库税费门槛', en: '2019 taxes threshold, wholesale and retail' },
  value: dec('2000000'),
  source: STAFF_THRESHOLD_SOURCE,
});

const STAFF_AMOUNT_SOURCE: Source = {
  ref: '000#26',
  docNo: [WEIHAI_3],
  quote: '参保职工100人以下的按实际用人人数补贴，参保职工100人以上的按100人进行补贴，每人标准每月300元，自2020年2月起，连续补3个月。',
  basis: 'seed',
};

export const STAFF_HEADCOUNT_CAP = entry<number>({
  label: { zh: '用工补贴计算人数上限', en: 'staff counted at most' },
  value: 100,
  source: STAFF_AMOUNT_SOURCE,
});

export const STAFF_PER_PERSON_MONTH = entry<Dec>({
  label: { zh: '用工补贴标准（每人每月）', en: 'staffing subsidy per person per month' },
  value: dec('300'),
  source: STAFF_AMOUNT_SOURCE,
});

export const STAFF_MONTHS_CAP = entry<number>({
  label: { zh: '用工补贴月数上限（自2020年2月起连续）', en: 'months subsidised at most (consecutive from 2020-02)' },
  value: 3,
  from: '2020-02-01',
  to: '2020-04-30',
  source: STAFF_AMOUNT_SOURCE,
});

// ─────────────────────────────────────────────────────────────────────────────
// WORKTRAINSUBSIDY (000#29), ONLINETRAINSUBSIDY (000#28)
// ─────────────────────────────────────────────────────────────────────────────

export const WORK_TRAIN_PER_PERSON = entry<Dec>({
  label: { zh: '“以工代训”一次性职业培训补贴（每人）', en: 'work-as-training subsidy per new hire' },
  value: dec('600'),
  source: {
    ref: '000#29',
    docNo: ['威人社字〔2020〕17号'],
    quote: '支持和鼓励企业在疫情防控期间对新录用职工开展“以工代训”职业技能培训，并对符合条件的企业按每人600元标准发放一次性职业培训补贴。',
    basis: 'seed',
  },
});

const ONLINE_DOCS = ['鲁人社字〔2020〕11号', '威人社字〔2020〕14号'];

export const ONLINE_TRAIN_SHARE = entry<Dec>({
  label: { zh: '线上培训补贴占本市职业技能培训补贴标准的比例', en: 'online training subsidy as a share of the local standard' },
  value: dec('0.2'),
  source: {
    ref: '000#28',
    docNo: ONLINE_DOCS,
    quote: '对企业职工和各类就业创业重点群体参加线上平台培训完成学时并考核合格后，按照我市职业技能培训补贴标准的20%支付线上培训补贴。',
    basis: 'seed',
  },
});

export const ONLINE_LIVING_PER_HOUR = entry<Dec>({
  label: { zh: '4类重点群体生活费补贴（每学时）', en: 'living allowance per study hour (four key groups)' },
  value: dec('5'),
  source: {
    ref: '000#28',
    docNo: ONLINE_DOCS,
    quote: '对农民工、离校2年未就业大学生、建档立卡贫困劳动力及贫困家庭子女等4类重点群体，完成学时并考核合格的，按照5元/学时标准给予生活费补贴。',
    basis: 'seed',
  },
});

// ─────────────────────────────────────────────────────────────────────────────
// REFERRALSUBSIDY (004#3), INTERNSUBSIDY (000#47), UNEMPBENEFIT (000#42, 001#1)
// ─────────────────────────────────────────────────────────────────────────────

export const REFERRAL_PER_PERSON = entry<Dec>({
  label: { zh: '职业介绍补贴（每人）', en: 'job-referral subsidy per person placed' },
  value: dec('120'),
  source: {
    ref: '004#3',
    docNo: [JINING_DOC],
    quote:
      '对介绍技能型人才和职业院校、技工院校、高校毕业生的各类公共就业服务机构、经营性人力资源服务机构,经审核确认,按每人120元的标准给予职业介绍补贴。',
    basis: 'seed',
  },
});

export const INTERN_SHARE = entry<Dec>({
  label: { zh: '就业见习补贴占当地最低工资标准的比例', en: 'traineeship subsidy as a share of the local minimum wage' },
  value: dec('0.6'),
  source: {
    ref: '000#47',
    docNo: [LU_5],
    quote: '将就业见习补贴标准提高至当地最低工资标准的60%。',
    basis: 'seed',
  },
});

export const UNEMP_BENEFIT_SHARE = entry<Dec>({
  label: { zh: '失业保险金占当地最低工资标准的比例', en: 'unemployment benefit as a share of the local minimum wage' },
  value: dec('0.9'),
  source: {
    ref: '000#42',
    docNo: [LU_5, LU_4],
    quote: '将失业保险金标准上调至当地最低工资标准的90%。',
    basis: 'seed',
  },
});

/** 001#1: Liaocheng's restatement (the notice writes 失业保证金 for 失业保险金). */
export const UNEMP_LIAOCHENG_SOURCE: Source = {
  ref: '001#1',
  docNo: ['聊城市人民政府办公室通知（2020年2月7日）', LU_4],
  quote: '将失业保证金标准上调至当地最低工资标准的90%',
  basis: 'seed',
};
