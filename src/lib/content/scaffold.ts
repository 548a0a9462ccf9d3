/**
 * The template of a new entry (`npm run new -- <collection>`), derived from the collection's schema:
 * every field in schema order, required ones filled with the editor's answers, optional ones as YAML
 * comments with a one-line explanation in Chinese. The explanations live in one table here
 * (FIELD_HELP), which CONTRIBUTING.md's field table is generated from; a field without one fails
 * tests/unit/scaffold.test.ts, so a field added to a schema later gets its explanation too.
 * Pure: no file system, no clock (the caller passes today and the existing ids).
 */
import { z } from 'astro/zod';
import { dump } from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import {
  activitySchema,
  branchSchema,
  guideSchema,
  merchantSchema,
  storySchema,
  type CollectionName,
  type ReferenceFn,
} from '../schema/collections';

/** The collections `npm run new` makes entries for, by the word the editor types. */
export const KINDS = {
  merchant: { folder: 'merchants', extension: '.md', label: '商户 shop' },
  story: { folder: 'stories', extension: '.mdx', label: '故事 story' },
  activity: { folder: 'activities', extension: '.md', label: '活动 activity' },
  guide: { folder: 'guides', extension: '.mdx', label: '学习指南 guide' },
  branch: { folder: 'branches', extension: '.md', label: '党组织 branch' },
} as const satisfies Record<string, { folder: CollectionName; extension: '.md' | '.mdx'; label: string }>;
export type EntryKind = keyof typeof KINDS;
export const ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

/** Stand-ins for Astro's reference() and image(), marked so a field can say what it refers to. */
const reference: ReferenceFn = (collection) =>
  z
    .string()
    .transform((id) => ({ id, collection }))
    .describe(`reference:${collection}`);
const image = () => z.string().describe('image');

/** The schema of a collection, built with the stand-ins: the same functions the build uses. */
export function schemaFor(kind: EntryKind): z.ZodObject {
  const schemas: Record<EntryKind, () => unknown> = {
    merchant: () => merchantSchema({ reference, image }),
    story: () => storySchema({ reference, image }),
    activity: () => activitySchema({ reference, image }),
    guide: () => guideSchema({ reference }),
    branch: () => branchSchema({ reference }),
  };
  return schemas[kind]() as z.ZodObject;
}

/**
 * One line of Chinese per field: what it means and, where it helps, how to write it.
 * Keyed by field name; `<kind>.<field>` overrides it where a name means something else in one collection.
 */
export const FIELD_HELP: Record<string, string> = {
  name: '名称，写全称',
  'branch.name': '党组织全称，如“悦园商厦党支部”',
  nameEn: '英文名称，给外国游客看',
  title: '标题，4 到 40 个字',
  titleEn: '英文标题，给外国游客看',
  kind: '组织类型',
  parent: '上级党组织的编号（branches 文件夹里的文件名，不带 .md）',
  founded: '成立时间，来源写到哪一级就写到哪一级：2001、2009-03 或 2009-03-15',
  secretary: '书记姓名（来源中写明的才填）',
  members: '党员人数及统计日期和来源：{ value: 81, countedOn: 2018-10-31, source: { source: 来源编号 } }',
  activists: '入党积极分子人数，写法同 members',
  foundingMembers: '成立时的党员人数',
  covers: '覆盖的市场或网格，如 [悦园商厦]',
  feature: '一支部一特色：用一句话写支部的特色工作',
  category: '经营类别，如 珠宝、玉器',
  categoryEn: '经营类别的英文，如 Jewellery',
  'merchant.place': '店在哪里：{ market: 市场编号, floor: 楼层, stall: 铺位号 }，只写来源或店主提供的',
  'activity.place': '活动地点，如 豫园',
  partyMember: '店主是党员写 true，否则删去这一行（默认 false）',
  honours: '荣誉称号：- kind: 称号，year: 获评年份，source: { source: 来源编号 }',
  branch: '所属党支部的编号（branches 文件夹里的文件名）',
  pledge: '党员承诺：{ zh: 中文承诺, en: 英文（可选） }',
  summary: '简介，一两句话，显示在列表和搜索结果里',
  'summary.zh': '中文简介',
  'summary.en': '英文简介，给外国游客看（可选；没有时网站显示“尚未翻译”）',
  photos: '照片：- src: ./照片文件名.jpg，alt: 照片内容说明（必填），caption: 图片标题（可选）',
  cover: '封面照片：{ src: ./照片文件名.jpg, alt: 照片内容说明 }',
  location: '店铺坐标，从高德地图复制（GCJ-02）：{ lat: 31.227, lng: 121.492 }，不能估计',
  openingHours: '营业时间，如 每天 9:00–18:00',
  contact: '联系方式：只有当事人书面同意后才能写，必须同时写 consent: { id: 同意书编号, date: 签署日期 }',
  website: '网址，以 https:// 开头',
  verified: '最近一次到店核实信息的日期，如 2026-05-01',
  source: '事实来源：来源编号见 src/content/site.yaml 的 sources',
  'source.source': '来源编号，必须是 src/content/site.yaml 中 sources 列出的 id',
  'source.section': '来源中的章节，如 三（三）坚持目标导向',
  'story.date': '发布日期，如 2026-05-01',
  'activity.date': '活动日期（具体一天），如 2026-05-10；date、recurrence、reported 三者只写一个',
  recurrence: '定期活动的规则，如每月10日：{ frequency: monthly, dayOfMonth: 10 }；与 date、reported 三者只写一个',
  reported: '来源只提到活动、没写时间时，写来源的发表日期；与 date、recurrence 三者只写一个',
  series: '活动系列',
  organiser: '主办的党组织编号（branches 文件夹里的文件名）',
  participants: '参与者，如 党员商户服务队',
  partners: '合作单位，如 [社区内党建联建单位]',
  merchants: '相关商户的编号列表（merchants 文件夹里的文件名），如 [cuige-zhubao]',
  branches: '相关党组织的编号列表（branches 文件夹里的文件名）',
  stories: '相关故事的编号列表（stories 文件夹里的文件名）',
  tags: '标签，最多 8 个，如 [诚信经营, 互联网+]',
  section: '学习中心的栏目',
  order: '在栏目中的顺序，数字小的排在前面',
  'guide.summary': '摘要，10 到 160 个字，显示在学习中心目录里',
  updated: '内容最近核对的日期（不写时显示文件最后一次提交的日期）',
  laws: '依据的法律法规，如 [中华人民共和国电子商务法]',
  activities: '相关活动的编号列表（activities 文件夹里的文件名）',
};

/** The explanation of a field (`summary.en` for a nested one), or undefined when the table lacks it. */
export function helpFor(kind: EntryKind, field: string): string | undefined {
  return FIELD_HELP[`${kind}.${field}`] ?? FIELD_HELP[field];
}

export interface TemplateField {
  name: string;
  required: boolean;
  /** Allowed values of a fixed list (kind, series, section), from the schema. */
  options?: readonly string[];
  /** For a required object field written out key by key (summary, source): its keys. */
  keys?: { name: string; required: boolean }[];
  help: string | undefined;
}

type Def = { type: string; innerType?: ZodLike; in?: ZodLike; entries?: Record<string, string>; shape?: Record<string, ZodLike> };
type ZodLike = { _zod: { def: Def; optin?: string } };

/** The schema under optional/default/transform wrappers. */
function unwrap(schema: ZodLike): ZodLike {
  const def = schema._zod.def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/** A field the editor must write: neither optional nor with a default. */
function isRequired(schema: ZodLike): boolean {
  return schema._zod.optin === undefined;
}

/** Every field of the collection's schema, in schema order, with whether it is required. */
export function templateFields(kind: EntryKind): TemplateField[] {
  const shape = schemaFor(kind).shape as unknown as Record<string, ZodLike>;
  return Object.entries(shape).map(([name, schema]) => {
    const inner = unwrap(schema);
    const required = isRequired(schema);
    const field: TemplateField = { name, required, help: helpFor(kind, name) };
    if (inner._zod.def.type === 'enum' && inner._zod.def.entries) field.options = Object.values(inner._zod.def.entries);
    if (required && inner._zod.def.type === 'object' && inner._zod.def.shape) {
      field.keys = Object.entries(inner._zod.def.shape).map(([key, child]) => ({ name: key, required: isRequired(child) }));
    }
    return field;
  });
}

/** A scalar as YAML: plain where YAML allows it, quoted where it must be. */
function yamlScalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return dump(value, { lineWidth: -1, flowLevel: 0 }).trimEnd();
}

/** An ISO day written unquoted, so YAML reads it as a date like the existing entries. */
export class Day {
  constructor(readonly text: string) {}
}

export type FieldValue = string | number | boolean | Day | readonly string[] | Record<string, unknown>;

function valueText(value: unknown): string {
  if (value instanceof Day) return value.text;
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{ ${Object.entries(value).map(([key, child]) => `${key}: ${valueText(child)}`).join(', ')} }`;
  }
  return yamlScalar(value);
}

/**
 * The Markdown file of a new entry: frontmatter with every schema field (given values written,
 * the rest commented with their explanation), then a body that is only a comment for the editor.
 */
export function renderEntry(kind: EntryKind, values: Record<string, FieldValue>): string {
  const lines = ['---'];
  for (const field of templateFields(kind)) {
    const value = values[field.name];
    const help = field.help ?? '';
    const options = field.options ? `；可选：${field.options.join('、')}` : '';
    if (value === undefined) {
      const example = field.options ? field.options[0] : '';
      lines.push(`# ${field.name}: ${example}`.trimEnd() + `  # ${field.required ? '必填 required：' : ''}${help}${options}`);
    } else if (field.keys && value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Day)) {
      lines.push(`${field.name}:`);
      const object = value as Record<string, unknown>;
      for (const key of field.keys) {
        const keyHelp = helpFor(kind, `${field.name}.${key.name}`) ?? '';
        if (object[key.name] === undefined) lines.push(`  # ${key.name}:  # ${keyHelp}`);
        else lines.push(`  ${key.name}: ${valueText(object[key.name])}`);
      }
    } else {
      lines.push(`${field.name}: ${valueText(value)}`);
    }
  }
  lines.push('---', '');
  const note =
    '在这里写正文：每段中文写成一行，用全角标点；只写来源中有的事实。Write the text here, one line per paragraph.';
  lines.push(KINDS[kind].extension === '.mdx' ? `{/* ${note} */}` : `<!-- ${note} -->`, '');
  return lines.join('\n');
}

/** Longest file id, cut at a word boundary. */
const MAX_ID_LENGTH = 48;

/**
 * A readable ASCII id from a Chinese name: toneless pinyin, lower case, syllables joined in pairs
 * (the commonest length of a Chinese word; pinyin-pro gives no word boundaries) and separated by
 * hyphens, Latin letters and digits kept, anything else a break: 翠格珠宝 → cuige-zhubao,
 * 上海琥珀屋 → shanghai-hupo-wu. Made unique among `existingIds` with -2, -3 ….
 */
export function fileIdFor(name: string, existingIds: Iterable<string>): string {
  const words: string[] = [];
  let syllables: string[] = [];
  const flush = () => {
    for (let index = 0; index < syllables.length; index += 2) words.push(syllables.slice(index, index + 2).join(''));
    syllables = [];
  };
  let latin = '';
  for (const char of pinyin(name, { type: 'all', toneType: 'none', v: true })) {
    if (char.isZh && char.pinyin) {
      if (latin) (words.push(latin), (latin = ''));
      syllables.push(char.pinyin.toLowerCase().replace(/[^a-z]/g, ''));
    } else if (/^[a-z0-9]$/i.test(char.origin)) {
      flush();
      latin += char.origin.toLowerCase();
    } else {
      flush();
      if (latin) (words.push(latin), (latin = ''));
    }
  }
  flush();
  if (latin) words.push(latin);
  let base = '';
  for (const word of words.filter(Boolean)) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_ID_LENGTH && base) break;
    base = next.slice(0, MAX_ID_LENGTH);
  }
  if (base.length < 2) base = 'entry';
  const taken = new Set(existingIds);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** The next free `order` in a guide section: one after the highest there, 1 in an empty section. */
export function nextGuideOrder(guides: readonly { section?: unknown; order?: unknown }[], section: string): number {
  const orders = guides.filter((guide) => guide.section === section && typeof guide.order === 'number').map((guide) => guide.order as number);
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/**
 * When an activity happens, as the editor types it: a day (2026-05-10), a monthly day
 * (每月10日, monthly:10), quarterly/biennial (每季度, 每两年), or empty for "reported" (the day of the
 * source that mentions it). Returns the one field to write, or a message.
 */
export function parseActivityWhen(text: string, sourcePublished: string | undefined): { field: 'date' | 'recurrence' | 'reported'; value: FieldValue } | { error: string } {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { field: 'date', value: new Day(value) };
  const monthly = /^(?:每月\s*(\d{1,2})\s*[日号]|monthly:(\d{1,2}))$/.exec(value);
  if (monthly) return { field: 'recurrence', value: { frequency: 'monthly', dayOfMonth: Number(monthly[1] ?? monthly[2]) } };
  if (/^(每季度|quarterly)$/.test(value)) return { field: 'recurrence', value: { frequency: 'quarterly' } };
  if (/^(每两年|biennial)$/.test(value)) return { field: 'recurrence', value: { frequency: 'biennial' } };
  if (value === '' || /^(不详|reported)$/.test(value)) {
    if (!sourcePublished) return { error: '来源没有发表日期，请写活动日期（the source has no date: give the activity date）' };
    return { field: 'reported', value: new Day(sourcePublished) };
  }
  return { error: `看不懂“${value}”：请写 2026-05-10、每月10日、每季度、每两年，或留空表示时间不详（write a date, 每月10日, 每季度, 每两年, or nothing）` };
}

/** Checks a rendered entry's frontmatter against the collection's schema; returns the problems, "field: message". */
export function checkRendered(kind: EntryKind, frontmatter: Record<string, unknown>): string[] {
  const result = schemaFor(kind).safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

/** The validator of one field (or `summary.zh`), for checking an answer as the editor types it. */
export function fieldValidator(kind: EntryKind, field: string): ((value: unknown) => string | undefined) | undefined {
  let schema: ZodLike | undefined = (schemaFor(kind).shape as unknown as Record<string, ZodLike>)[field.split('.')[0]!];
  for (const key of field.split('.').slice(1)) schema = schema ? unwrap(schema)._zod.def.shape?.[key] : undefined;
  if (!schema) return undefined;
  const checked = schema as unknown as z.ZodType;
  return (value) => {
    const result = checked.safeParse(value);
    return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('；');
  };
}

/** The field table of CONTRIBUTING.md, generated from FIELD_HELP and the schemas (`npm run new -- --field-table`). */
export function fieldTableMarkdown(): string {
  const out: string[] = [];
  for (const kind of ENTRY_KINDS) {
    out.push(`### ${KINDS[kind].label}（src/content/${KINDS[kind].folder}/）`, '', '| 字段 | 必填 | 含义 |', '|---|---|---|');
    for (const field of templateFields(kind)) {
      const options = field.options ? `；可选：${field.options.join('、')}` : '';
      const required = field.required ? '是' : kind === 'activity' && ['date', 'recurrence', 'reported'].includes(field.name) ? '三选一' : '';
      out.push(`| \`${field.name}\` | ${required} | ${(field.help ?? '').replaceAll('|', '\\|')}${options} |`);
      for (const key of field.keys ?? []) {
        out.push(`| \`${field.name}.${key.name}\` | ${key.required ? '是' : ''} | ${helpFor(kind, `${field.name}.${key.name}`) ?? ''} |`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
