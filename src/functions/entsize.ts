import { count, money } from '../engine/args';
import { industry, industryName, SIZES, type Size } from '../engine/codes';
import { notCovered, valueError, type Bilingual } from '../engine/errors';
import type { Dec } from '../engine/money';
import type { Trace } from '../engine/trace';
import { citationOf } from '../engine/provenance';
import { defineFunction, optional, required } from '../registry/define';
import { SIZE_STANDARDS, type Measures, type SizeStandard } from '../rates/entsize';

type Measure = keyof Measures;

const MEASURE_NAMES: Record<Measure, Bilingual> = {
  employees: { zh: '从业人员', en: 'employees' },
  revenue: { zh: '营业收入', en: 'revenue' },
  assets: { zh: '资产总额', en: 'total assets' },
};

function measuresOf(m: Measures): Measure[] {
  return (Object.keys(m) as Measure[]).filter((k) => m[k] !== undefined);
}

function atLeast(actual: Measures, threshold: Measures, k: Measure): boolean {
  const a = actual[k];
  const th = threshold[k];
  if (a === undefined || th === undefined) return false;
  return typeof a === 'number' ? a >= (th as number) : (a as Dec).greaterThanOrEqualTo(th as Dec);
}

function thresholdText(threshold: Measures, join: Bilingual): Bilingual {
  const parts = measuresOf(threshold).map((k) => {
    const v = threshold[k]!;
    return typeof v === 'number'
      ? { zh: `${MEASURE_NAMES[k].zh} ${v} 人`, en: `${MEASURE_NAMES[k].en} ${v}` }
      : { zh: `${MEASURE_NAMES[k].zh} ${v.toString()} 元`, en: `${MEASURE_NAMES[k].en} ${v.toString()} yuan` };
  });
  return { zh: parts.map((p) => p.zh).join(join.zh), en: parts.map((p) => p.en).join(join.en) };
}

const label = (code: Size): string => SIZES.find((s) => s.code === code)!.zh;

/**
 * 300号's cascade: not below any SME ceiling → large; else medium if at or above every
 * medium floor, small if at or above every small floor, micro otherwise. The micro rule
 * ("X以下或Y以下") is exactly "not small", so the cascade leaves no gap.
 */
function classify(std: SizeStandard, actual: Measures, t: Trace): Size {
  const cite = citationOf(std.source);
  const ceilings = measuresOf(std.sme);
  const isSme = ceilings.some((k) => !atLeast(actual, std.sme, k));
  t.add(
    { zh: '是否中小微型企业', en: 'SME?' },
    isSme ? 'TRUE' : 'FALSE',
    { zh: `${thresholdText(std.sme, { zh: ' 或 ', en: '' }).zh} 以下任一项即为中小微型企业`, en: `below any of ${thresholdText(std.sme, { zh: '', en: ' or ' }).en} is an SME` },
    cite,
  );
  if (!isSme) return 'large';
  for (const [code, floor] of [['medium', std.medium], ['small', std.small]] as const) {
    const meets = measuresOf(floor).every((k) => atLeast(actual, floor, k));
    t.add(
      { zh: `是否${label(code)}`, en: `${code}?` },
      meets ? 'TRUE' : 'FALSE',
      { zh: `${thresholdText(floor, { zh: '，且 ', en: '' }).zh} 及以上`, en: `at least ${thresholdText(floor, { zh: '', en: ' and ' }).en}` },
      cite,
    );
    if (meets) return code;
  }
  return 'micro';
}

export const ENTSIZE = defineFunction({
  name: 'ENTSIZE',
  group: 'social',
  description: {
    zh: '按《中小企业划型标准规定》（工信部联企业〔2011〕300号）划分企业规模，返回 大型/中型/小型/微型；所有带 size 参数的函数都接受此结果。',
    en: 'Enterprise size under 工信部联企业〔2011〕300号: returns 大型/中型/小型/微型, which every function taking size accepts.',
  },
  returns: { zh: '规模：大型、中型、小型 或 微型', en: 'size label: 大型, 中型, 小型 or 微型' },
  result: 'text',
  args: [
    required('industry', industry, { zh: '行业（300号的16个行业之一），如 工业、零售业', en: 'industry (one of 300号\'s 16), e.g. 工业, retail' }),
    required('employees', count({ zh: '人', en: 'persons' }), { zh: '从业人员（人）', en: 'persons employed' }),
    required('revenue', money, { zh: '营业收入（元，不是万元）', en: 'operating revenue (yuan, not 万元)' }),
    optional('assets', money, { zh: '资产总额（元）；建筑业、房地产开发经营、租赁和商务服务业必填', en: 'total assets (yuan); required for construction, real estate, leasing' }),
  ],
  sources: ['工信部联企业〔2011〕300号', '001', '002'],
  example: ['工业', 120, 25000000],
  compute([ind, employees, revenue, assets], t) {
    const std = SIZE_STANDARDS.find((s) => s.industry === ind);
    if (!std) {
      throw notCovered(
        {
          zh: `参数 industry：“${industryName(ind)}”是政策标签，不是300号的行业，没有划型标准；请改用 交通运输业、仓储业、邮政业、住宿业、餐饮业 等`,
          en: `argument industry: "${ind}" is a policy tag, not an industry of 300号, and has no size standard; use transport, warehousing, postal, accommodation, catering…`,
        },
        'industry',
      );
    }
    const needsAssets = [std.sme, std.medium, std.small].some((m) => m.assets !== undefined);
    if (needsAssets && assets === null) {
      throw valueError('assets', {
        zh: `资产总额（元）：${industryName(ind)}按资产总额划型，必须填写`,
        en: `total assets in yuan: ${ind} is sized by assets, so it is required`,
      });
    }
    const size = classify(std, { employees, revenue, assets: assets ?? undefined }, t);
    return t.calc({ zh: '企业规模', en: 'enterprise size' }, label(size), { zh: `按${industryName(ind)}标准`, en: `under the ${ind} standard` }, std.source);
  },
});
