import type { Bilingual } from '../engine/errors';
import { evaluate, type FunctionSpec, type RawArg, type Group } from '../registry/define';
import { FUNCTIONS, NAMESPACE } from '../registry/registry';
import { toCellValue, toErrorParts } from '../registry/results';
import { policyById } from '../catalogue/catalogue';
import { GROUP_NAMES, type Lang } from '../taskpane/i18n';

export type { Lang };

const WORDS = {
  title: { zh: 'SUBSIDY 函数参考', en: 'SUBSIDY function reference' },
  generated: {
    zh: '本文件由 `npm run docs` 从函数注册表生成，请勿手工修改；测试会检查它是否过期。示例的结果由引擎计算得出。',
    en: 'Generated from the function registry by `npm run docs`; do not edit by hand — a test fails when it is stale. Example results are computed by the engine.',
  },
  arg: { zh: '参数', en: 'Argument' },
  meaning: { zh: '含义', en: 'Meaning' },
  accepts: { zh: '接受的值', en: 'Accepts' },
  optional: { zh: '可选', en: 'Optional' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  repeat: { zh: '可重复', en: 'repeating' },
  defaultIs: { zh: '默认', en: 'default' },
  returns: { zh: '返回', en: 'Returns' },
  example: { zh: '示例', en: 'Example' },
  sources: { zh: '政策依据', en: 'Sources' },
} satisfies Record<string, Bilingual>;

function literal(arg: RawArg): string {
  if (arg === null || arg === undefined) return '';
  if (typeof arg === 'string') return `"${arg.replace(/"/g, '""')}"`;
  if (typeof arg === 'boolean') return arg ? 'TRUE' : 'FALSE';
  return String(arg);
}

export function exampleFormula(fn: FunctionSpec): string {
  return `=${NAMESPACE}.${fn.name}(${fn.example.map(literal).join(',')})`;
}

function cell(v: unknown): string {
  return String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function exampleResult(fn: FunctionSpec): string {
  try {
    const value = toCellValue(fn, evaluate(fn, fn.example).value);
    if (!Array.isArray(value)) return `→ \`${value}\``;
    const [head, ...rows] = value;
    const shown = rows.slice(0, 8);
    const lines = [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...shown.map((r) => `| ${r.map(cell).join(' | ')} |`)];
    if (rows.length > shown.length) lines.push(`| … ${rows.length - shown.length} |${head.slice(1).map(() => '').join('|')}|`);
    return `→\n\n${lines.join('\n')}`;
  } catch (e) {
    const { code, message } = toErrorParts(e);
    return `→ \`${code}\` ${message}`;
  }
}

/** A source as the catalogue knows it: the clause's keyword and its document numbers. */
function sourceLine(ref: string): string {
  const policy = /^\d{3}#\d+$/.test(ref) ? policyById(ref) : undefined;
  if (!policy) return `- ${ref}`;
  const docs = policy.documents.length ? `（${policy.documents.join('；')}）` : '';
  return `- \`${ref}\` ${policy.keyword}${docs}`;
}

function signature(fn: FunctionSpec): string {
  const args = fn.args.map((a) => (a.repeating ? `[${a.name}…]` : a.optional ? `[${a.name}]` : a.name));
  return `=${NAMESPACE}.${fn.name}(${args.join(', ')})`;
}

function functionSection(fn: FunctionSpec, lang: Lang): string {
  const rows = fn.args.map((a) => {
    const u = a.type.unit?.[lang];
    const unit = u && !a.description[lang].includes(u) ? (lang === 'zh' ? `（${u}）` : ` (${u})`) : '';
    const opt = a.repeating ? WORDS.repeat[lang] : a.optional ? WORDS.yes[lang] : WORDS.no[lang];
    const def = a.defaultText ? `；${WORDS.defaultIs[lang]} ${a.defaultText[lang]}` : '';
    return `| \`${a.name}\` | ${cell(a.description[lang])}${unit} | ${cell(a.type.accepts[lang])} | ${opt}${cell(def)} |`;
  });
  return [
    `### ${NAMESPACE}.${fn.name}`,
    '',
    `\`${signature(fn)}\``,
    '',
    fn.description[lang],
    '',
    `| ${WORDS.arg[lang]} | ${WORDS.meaning[lang]} | ${WORDS.accepts[lang]} | ${WORDS.optional[lang]} |`,
    '|---|---|---|---|',
    ...rows,
    '',
    `**${WORDS.returns[lang]}**: ${fn.returns[lang]}`,
    '',
    `**${WORDS.example[lang]}**: \`${exampleFormula(fn)}\` ${exampleResult(fn)}`,
    '',
    ...(fn.sources.length ? [`**${WORDS.sources[lang]}**:`, '', ...fn.sources.map(sourceLine), ''] : []),
  ].join('\n');
}

/** The whole reference in one language, from the registry. */
export function renderReference(lang: Lang): string {
  const parts = [`# ${WORDS.title[lang]}`, '', `> ${WORDS.generated[lang]}`, ''];
  for (const group of Object.keys(GROUP_NAMES) as Group[]) {
    const fns = FUNCTIONS.filter((f) => f.group === group);
    if (!fns.length) continue;
    parts.push(`## ${GROUP_NAMES[group][lang]}`, '');
    for (const fn of fns) parts.push(functionSection(fn, lang));
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function exampleValue(fn: FunctionSpec): string {
  try {
    const value = toCellValue(fn, evaluate(fn, fn.example).value);
    return Array.isArray(value) ? `${value.length} × ${value[0]?.length ?? 0} table` : String(value);
  } catch (e) {
    return toErrorParts(e).code;
  }
}

/** The README's compact list: one row per function, its English description and a computed example. */
export function renderReadmeList(): string {
  const rows = FUNCTIONS.map(
    (fn) => `| \`${fn.name}\` | ${cell(fn.description.en)} | \`${cell(exampleFormula(fn))}\` → ${cell(exampleValue(fn))} |`,
  );
  return ['| Function | What it computes | Example → result |', '|---|---|---|', ...rows].join('\n');
}

export const README_MARKERS = { start: '<!-- functions:start -->', end: '<!-- functions:end -->' };

/** README text with the generated list between its markers. */
export function withReadmeList(readme: string): string {
  const a = readme.indexOf(README_MARKERS.start);
  const b = readme.indexOf(README_MARKERS.end);
  if (a < 0 || b < a) throw new Error('README.md lacks the functions markers');
  return `${readme.slice(0, a + README_MARKERS.start.length)}\n${renderReadmeList()}\n${readme.slice(b)}`;
}

export const REFERENCE_FILES: Record<Lang, string> = {
  zh: 'docs/functions.zh-CN.md',
  en: 'docs/functions.md',
};
