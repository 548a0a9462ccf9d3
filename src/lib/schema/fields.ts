/**
 * Fields that several collections share, each a small factory with its explanation on the field
 * (`.meta({ description })`): the one line of Chinese that a new entry's template writes beside it
 * and CONTRIBUTING.md's field table shows (src/lib/scaffold/). A field that means something else in
 * one collection is given its own explanation there (./collections.ts).
 */
import { z } from 'astro/zod';
import { bilingualText, boundedText, citation, photo, uniqueList } from './pieces';
import type { CollectionName } from '@/lib/sections';

/** The `reference()` of astro:content, passed in so this module stays importable anywhere. */
export type ReferenceFn = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

export const name = (description = '名称，写全称') => boundedText(2, 40, ['名称', 'name']).meta({ description });
export const nameEn = () => boundedText(2, 80, ['英文名称', 'English name']).optional().meta({ description: '英文名称，给外国游客看' });
export const title = () => boundedText(4, 40, ['标题', 'title']).meta({ description: '标题，4 到 40 个字' });
export const titleEn = () => boundedText(4, 120, ['英文标题', 'English title']).optional().meta({ description: '英文标题，给外国游客看' });

/** The summary on lists and in search results, Chinese with an optional English version. */
export function summary(min: number, max: number, what: readonly [string, string] = ['简介', 'summary']) {
  const keys = { zh: '中文简介', en: '英文简介，给外国游客看（可选；没有时网站显示“尚未翻译”）' };
  return bilingualText(min, max, what, keys).meta({ description: '简介，一两句话，显示在列表和搜索结果里' });
}

export const source = () => citation.meta({ description: '事实来源：来源编号见 src/content/site.yaml 的 sources' });

/** What each list of related entries is called in messages, and its explanation. */
const RELATED = {
  merchants: [['相关商户', 'merchants'], '相关商户的编号列表（merchants 文件夹里的文件名），如 [cuige-zhubao]'],
  branches: [['相关组织', 'branches'], '相关党组织的编号列表（branches 文件夹里的文件名）'],
  stories: [['相关故事', 'stories'], '相关故事的编号列表（stories 文件夹里的文件名）'],
  activities: [['相关活动', 'activities'], '相关活动的编号列表（activities 文件夹里的文件名）'],
} as const;

/** Entries of another collection this one is about, by id: [cuige-zhubao]. */
export function related(reference: ReferenceFn, collection: keyof typeof RELATED) {
  const [what, description] = RELATED[collection];
  return uniqueList(reference(collection), what).meta({ label: what[0], description }).default([]);
}

/** A branch this entry belongs to or is organised by, by id; `label` names it in forms and register columns. */
export const branchId = (reference: ReferenceFn, label: string, description: string) => reference('branches').optional().meta({ label, description });

export function photos<Image extends z.ZodType>(image: () => Image) {
  const description = '照片：- src: ./照片文件名.jpg，alt: 照片内容说明（必填），caption: 图片标题（可选）';
  return z.array(photo(image)).max(12).meta({ description }).default([]);
}
