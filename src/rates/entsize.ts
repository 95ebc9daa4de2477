import { dec, type Dec } from '../engine/money';
import type { Source } from '../engine/provenance';
import type { Industry } from '../engine/codes';

/** Measures an enterprise is sized by: persons employed, operating revenue and total assets (yuan). */
export interface Measures {
  employees?: number;
  revenue?: Dec;
  assets?: Dec;
}

/**
 * One industry's row of 《中小企业划型标准规定》 第四条: below any `sme` measure is an SME
 * ("X以下或Y以下的为中小微型企业"); at or above every `medium` measure is medium ("及以上，且…及以上");
 * likewise `small`; the rest of the SMEs are micro.
 */
export interface SizeStandard {
  industry: Industry;
  sme: Measures;
  medium: Measures;
  small: Measures;
  source: Source;
}

const DOC = ['工信部联企业〔2011〕300号'];
/** 万元 in the standard, yuan here: ENTSIZE takes revenue and assets in yuan. */
const wan = (n: number): Dec => dec(String(n)).times(10000);

function row(industry: Industry, item: string, quote: string, sme: Measures, medium: Measures, small: Measures): SizeStandard {
  return {
    industry,
    sme,
    medium,
    small,
    source: { ref: `中小企业划型标准规定 第四条（${item}）`, docNo: DOC, quote, basis: 'external' },
  };
}

export const SIZE_STANDARDS: readonly SizeStandard[] = [
  row('agriculture', '一', '农、林、牧、渔业。营业收入20000万元以下的为中小微型企业。其中，营业收入500万元及以上的为中型企业，营业收入50万元及以上的为小型企业，营业收入50万元以下的为微型企业。',
    { revenue: wan(20000) }, { revenue: wan(500) }, { revenue: wan(50) }),
  row('industry', '二', '工业。从业人员1000人以下或营业收入40000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入2000万元及以上的为中型企业；从业人员20人及以上，且营业收入300万元及以上的为小型企业；从业人员20人以下或营业收入300万元以下的为微型企业。',
    { employees: 1000, revenue: wan(40000) }, { employees: 300, revenue: wan(2000) }, { employees: 20, revenue: wan(300) }),
  row('construction', '三', '建筑业。营业收入80000万元以下或资产总额80000万元以下的为中小微型企业。其中，营业收入6000万元及以上，且资产总额5000万元及以上的为中型企业；营业收入300万元及以上，且资产总额300万元及以上的为小型企业；营业收入300万元以下或资产总额300万元以下的为微型企业。',
    { revenue: wan(80000), assets: wan(80000) }, { revenue: wan(6000), assets: wan(5000) }, { revenue: wan(300), assets: wan(300) }),
  row('wholesale', '四', '批发业。从业人员200人以下或营业收入40000万元以下的为中小微型企业。其中，从业人员20人及以上，且营业收入5000万元及以上的为中型企业；从业人员5人及以上，且营业收入1000万元及以上的为小型企业；从业人员5人以下或营业收入1000万元以下的为微型企业。',
    { employees: 200, revenue: wan(40000) }, { employees: 20, revenue: wan(5000) }, { employees: 5, revenue: wan(1000) }),
  row('retail', '五', '零售业。从业人员300人以下或营业收入20000万元以下的为中小微型企业。其中，从业人员50人及以上，且营业收入500万元及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。',
    { employees: 300, revenue: wan(20000) }, { employees: 50, revenue: wan(500) }, { employees: 10, revenue: wan(100) }),
  row('transport', '六', '交通运输业。从业人员1000人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入3000万元及以上的为中型企业；从业人员20人及以上，且营业收入200万元及以上的为小型企业；从业人员20人以下或营业收入200万元以下的为微型企业。',
    { employees: 1000, revenue: wan(30000) }, { employees: 300, revenue: wan(3000) }, { employees: 20, revenue: wan(200) }),
  row('warehousing', '七', '仓储业。从业人员200人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入1000万元及以上的为中型企业；从业人员20人及以上，且营业收入100万元及以上的为小型企业；从业人员20人以下或营业收入100万元以下的为微型企业。',
    { employees: 200, revenue: wan(30000) }, { employees: 100, revenue: wan(1000) }, { employees: 20, revenue: wan(100) }),
  row('postal', '八', '邮政业。从业人员1000人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入2000万元及以上的为中型企业；从业人员20人及以上，且营业收入100万元及以上的为小型企业；从业人员20人以下或营业收入100万元以下的为微型企业。',
    { employees: 1000, revenue: wan(30000) }, { employees: 300, revenue: wan(2000) }, { employees: 20, revenue: wan(100) }),
  row('accommodation', '九', '住宿业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入2000万元及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。',
    { employees: 300, revenue: wan(10000) }, { employees: 100, revenue: wan(2000) }, { employees: 10, revenue: wan(100) }),
  row('catering', '十', '餐饮业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入2000万元及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。',
    { employees: 300, revenue: wan(10000) }, { employees: 100, revenue: wan(2000) }, { employees: 10, revenue: wan(100) }),
  row('information', '十一', '信息传输业。从业人员2000人以下或营业收入100000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入1000万元及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。',
    { employees: 2000, revenue: wan(100000) }, { employees: 100, revenue: wan(1000) }, { employees: 10, revenue: wan(100) }),
  row('software', '十二', '软件和信息技术服务业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入1000万元及以上的为中型企业；从业人员10人及以上，且营业收入50万元及以上的为小型企业；从业人员10人以下或营业收入50万元以下的为微型企业。',
    { employees: 300, revenue: wan(10000) }, { employees: 100, revenue: wan(1000) }, { employees: 10, revenue: wan(50) }),
  row('realestate', '十三', '房地产开发经营。营业收入200000万元以下或资产总额10000万元以下的为中小微型企业。其中，营业收入1000万元及以上，且资产总额5000万元及以上的为中型企业；营业收入100万元及以上，且资产总额2000万元及以上的为小型企业；营业收入100万元以下或资产总额2000万元以下的为微型企业。',
    { revenue: wan(200000), assets: wan(10000) }, { revenue: wan(1000), assets: wan(5000) }, { revenue: wan(100), assets: wan(2000) }),
  row('property', '十四', '物业管理。从业人员1000人以下或营业收入5000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入1000万元及以上的为中型企业；从业人员100人及以上，且营业收入500万元及以上的为小型企业；从业人员100人以下或营业收入500万元以下的为微型企业。',
    { employees: 1000, revenue: wan(5000) }, { employees: 300, revenue: wan(1000) }, { employees: 100, revenue: wan(500) }),
  row('leasing', '十五', '租赁和商务服务业。从业人员300人以下或资产总额120000万元以下的为中小微型企业。其中，从业人员100人及以上，且资产总额8000万元及以上的为中型企业；从业人员10人及以上，且资产总额100万元及以上的为小型企业；从业人员10人以下或资产总额100万元以下的为微型企业。',
    { employees: 300, assets: wan(120000) }, { employees: 100, assets: wan(8000) }, { employees: 10, assets: wan(100) }),
  row('other', '十六', '其他未列明行业。从业人员300人以下的为中小微型企业。其中，从业人员100人及以上的为中型企业；从业人员10人及以上的为小型企业；从业人员10人以下的为微型企业。',
    { employees: 300 }, { employees: 100 }, { employees: 10 }),
];

/** 001 and 002 name this standard as the test of who the SME measures are for. */
export const SME_TEST_SOURCE: Source = {
  ref: '001 结尾段',
  docNo: ['工信部联企业〔2011〕300号'],
  quote: '上述政策措施支持对象为受疫情影响、生产经营遇到困难的中小企业 (符合工业和信息化部等四部门印发的《中小企业划型标准规定》)',
  basis: 'seed',
};
