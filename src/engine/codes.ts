import { valueError, type Bilingual } from './errors';
import type { ArgType } from './args';

/** One accepted code: its canonical English code, Chinese and English names, and the other spellings users type. */
export interface CodeDef<C extends string> {
  code: C;
  zh: string;
  en: string;
  aliases?: readonly string[];
}

/**
 * Folds the ways one code gets typed into one key: case, full-width characters (NFKC),
 * spaces, hyphens, underscores and the Chinese enumeration comma all disappear, so
 * `City-SOE`, `city_soe` and `citysoe` are the same code, and so are `农、林、牧、渔业` and `农林牧渔业`.
 */
export function foldCode(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_、，,·.]/g, '');
}

/** An argument type accepting any spelling of the codes in `defs`. */
export function codeType<C extends string>(kind: string, defs: readonly CodeDef<C>[]): ArgType<C> & {
  readonly defs: readonly CodeDef<C>[];
  lookup(text: string): CodeDef<C> | undefined;
} {
  const index = new Map<string, CodeDef<C>>();
  for (const d of defs) {
    for (const spelling of [d.code, d.zh, d.en, ...(d.aliases ?? [])]) {
      const key = foldCode(spelling);
      const clash = index.get(key);
      if (clash && clash !== d) throw new Error(`code table ${kind}: "${spelling}" means both ${clash.code} and ${d.code}`);
      index.set(key, d);
    }
  }
  const accepts: Bilingual = {
    zh: `以下代码之一：${defs.map((d) => `${d.code}（${d.zh}）`).join('、')}`,
    en: `one of: ${defs.map((d) => `${d.code} (${d.zh})`).join(', ')}`,
  };
  const lookup = (text: string) => index.get(foldCode(text));
  return {
    kind,
    accepts,
    defs,
    lookup,
    parse(raw, arg) {
      const found = typeof raw === 'string' ? lookup(raw) : undefined;
      if (!found) throw valueError(arg, accepts, raw);
      return found.code;
    },
    show: (code) => {
      const d = defs.find((x) => x.code === code);
      return d ? `${d.code} ${d.zh}` : code;
    },
  };
}

export type Region = 'weihai' | 'liaocheng' | 'qingdao' | 'jining' | 'shandong';

export const REGIONS: readonly CodeDef<Region>[] = [
  { code: 'weihai', zh: '威海', en: 'Weihai', aliases: ['威海市'] },
  { code: 'liaocheng', zh: '聊城', en: 'Liaocheng', aliases: ['聊城市'] },
  { code: 'qingdao', zh: '青岛', en: 'Qingdao', aliases: ['青岛市'] },
  { code: 'jining', zh: '济宁', en: 'Jining', aliases: ['济宁市'] },
  { code: 'shandong', zh: '山东', en: 'Shandong', aliases: ['山东省', '全省', 'province'] },
];
export const region = codeType('region', REGIONS);

/**
 * Enterprise size. `sme` stands for "any of medium, small, micro" (中小微企业), the group
 * the SME measures name without saying which of the three.
 */
export type Size = 'large' | 'medium' | 'small' | 'micro' | 'sme';

export const SIZES: readonly CodeDef<Size>[] = [
  { code: 'large', zh: '大型', en: 'large', aliases: ['大型企业', '大企业'] },
  { code: 'medium', zh: '中型', en: 'medium', aliases: ['中型企业'] },
  { code: 'small', zh: '小型', en: 'small', aliases: ['小型企业'] },
  { code: 'micro', zh: '微型', en: 'micro', aliases: ['微型企业'] },
  { code: 'sme', zh: '中小微', en: 'SME', aliases: ['中小企业', '中小微企业', '中小微型企业', 'msme'] },
];
export const size = codeType('size', SIZES);

export function isSme(s: Size): boolean {
  return s !== 'large';
}

/**
 * The 16 industries of 《中小企业划型标准规定》(工信部联企业〔2011〕300号), plus two policy tags
 * the seeds use that are not industries of that standard: 物流 (logistics) and 旅游 (tourism).
 */
export type Industry =
  | 'agriculture'
  | 'industry'
  | 'construction'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation'
  | 'catering'
  | 'information'
  | 'software'
  | 'realestate'
  | 'property'
  | 'leasing'
  | 'other'
  | 'logistics'
  | 'tourism';

export const INDUSTRIES: readonly CodeDef<Industry>[] = [
  { code: 'agriculture', zh: '农、林、牧、渔业', en: 'agriculture, forestry, animal husbandry and fishery', aliases: ['农业', '农林牧渔'] },
  { code: 'industry', zh: '工业', en: 'industry', aliases: ['制造业', '采矿业', '电力、热力、燃气及水生产和供应业', 'manufacturing'] },
  { code: 'construction', zh: '建筑业', en: 'construction', aliases: ['建筑'] },
  { code: 'wholesale', zh: '批发业', en: 'wholesale', aliases: ['批发'] },
  { code: 'retail', zh: '零售业', en: 'retail', aliases: ['零售'] },
  { code: 'transport', zh: '交通运输业', en: 'transport', aliases: ['交通运输', '运输业'] },
  { code: 'warehousing', zh: '仓储业', en: 'warehousing', aliases: ['仓储'] },
  { code: 'postal', zh: '邮政业', en: 'postal', aliases: ['邮政', '快递'] },
  { code: 'accommodation', zh: '住宿业', en: 'accommodation', aliases: ['住宿', '酒店'] },
  { code: 'catering', zh: '餐饮业', en: 'catering', aliases: ['餐饮'] },
  { code: 'information', zh: '信息传输业', en: 'information transmission', aliases: ['信息传输', '电信'] },
  { code: 'software', zh: '软件和信息技术服务业', en: 'software and IT services', aliases: ['软件', '软件业', 'it'] },
  { code: 'realestate', zh: '房地产开发经营', en: 'real-estate development', aliases: ['房地产', '房地产开发', 'real estate'] },
  { code: 'property', zh: '物业管理', en: 'property management', aliases: ['物业'] },
  { code: 'leasing', zh: '租赁和商务服务业', en: 'leasing and business services', aliases: ['租赁', '商务服务', '租赁和商务服务'] },
  { code: 'other', zh: '其他未列明行业', en: 'other industries', aliases: ['其他', '其他行业'] },
  { code: 'logistics', zh: '物流', en: 'logistics (policy tag)', aliases: ['物流业', '交通物流'] },
  { code: 'tourism', zh: '旅游', en: 'tourism (policy tag)', aliases: ['旅游业', '文化旅游'] },
];
export const industry = codeType('industry', INDUSTRIES);

export function industryName(code: Industry): string {
  return INDUSTRIES.find((d) => d.code === code)?.zh ?? code;
}
