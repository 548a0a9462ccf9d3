/**
 * Small, named schema pieces that the collection schemas are composed from, one file per kind of
 * value (text, dates, place, contact, filing numbers), gathered here. Each message is written for an
 * editor: Chinese first, English beside it, and what to write instead. A piece's `.meta()` explains
 * its keys where every use means the same (citation); a field's own explanation is given where the
 * collection uses it (./collections.ts).
 */
import { z } from 'astro/zod';
import { closestMatches } from '@/lib/text/closest';
import { awardYear, calendarDay } from './dates';
import { requiredOrType } from './messages';
import { schemaMessage, schemaMessages } from './message-table';
import { boundedText, oneOf } from './text';
import { HONOURS, valuesOf } from './word-lists';

export * from './text';
export * from './dates';
export * from './place';
export * from './contact';
export * from './filing';

/** Where a fact comes from: a source listed in site data, and the part of it. */
export const citation = z.strictObject(
  {
    // format: a source of site.yaml's list, which a register offers as a drop-down (src/lib/register/).
    source: boundedText(2, 60, ['来源编号', 'source id']).meta({ format: 'source-id', description: '来源编号，必须是 src/content/site.yaml 中 sources 列出的 id' }),
    section: boundedText(1, 80, ['来源中的章节', 'section of the source']).optional().meta({ description: '来源中的章节，如 三（三）坚持目标导向' }),
  },
  { error: requiredOrType('来源（source: 来源编号，section: 章节）', 'a citation { source, section }') },
);

/** A count with the day it was counted and where it comes from, e.g. 81 party members as of 2018-10-31. */
export function countedFigure() {
  return z.strictObject({
    value: z
      .number({ error: requiredOrType('数字', 'a number') })
      .nonnegative({ error: schemaMessage('negative-number', ['数字不能为负数', 'must not be negative']) })
      .meta({ description: '人数' }),
    countedOn: calendarDay.meta({ description: '统计日期，如 2018-10-31' }),
    source: citation.meta({ description: '这个数字的来源：{ source: 来源编号 }' }),
  });
}

/** Honours a shop can hold, as the market names them (the table: ./word-lists.ts). */
export const HONOUR_KINDS = valuesOf(HONOURS);
export type HonourKind = (typeof HONOUR_KINDS)[number];

/** An honour a shop holds: what it is, the year awarded when known, and where that is stated. */
export function honour(now: Date = new Date()) {
  return z.strictObject({
    kind: oneOf(HONOUR_KINDS, ['荣誉名称', 'honour']).meta({ description: '荣誉称号，从列表中选' }),
    year: awardYear(now).optional().meta({ description: '获评年份，如 2018' }),
    source: citation.optional().meta({ description: '这项荣誉的来源：{ source: 来源编号 }' }),
  });
}

/** Every photo needs alt text: it is what a screen-reader user and a slow connection get. */
export function photo<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject({
    src: image().meta({ description: '照片文件，和内容文件放在同一文件夹：./照片文件名.jpg' }),
    alt: boundedText(4, 150, ['图片说明（替代文字）', 'photo alt text']).meta({ description: '照片内容说明（替代文字，必填）' }),
    caption: boundedText(2, 100, ['图片标题', 'photo caption']).optional().meta({ description: '图片标题（可选）' }),
  });
}

/**
 * A strict entry object: a misspelled key (catgory) is an error that names the key and the
 * closest allowed one, instead of being silently dropped.
 */
export function entryObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return schemaMessages(
        issue.keys.map((key) => {
          const near = closestMatches(key, allowed, 1)[0];
          return near
            ? schemaMessage('unknown-field', [`未知字段“${key}”，是不是“${near}”？`, `unknown field "${key}"; did you mean "${near}"?`])
            : schemaMessage('unknown-field', [`未知字段“${key}”，可用字段：${allowed.join('、')}`, `unknown field "${key}"`]);
        }),
      );
    },
  });
}
