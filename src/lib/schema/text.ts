/**
 * Text an editor types, and lists of it: bounded text, ids, URLs, both languages, a fixed list.
 * Each message says what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { closestMatches } from '@/lib/text/closest';
import { requiredOrType } from './messages';
import { schemaMessage } from './message-table';

/**
 * Text a person types, trimmed, with length bounds that the message states.
 * `what` names the field in both languages for the message, e.g. ['商户名称', 'shop name'].
 */
export function boundedText(min: number, max: number, [zh, en]: readonly [string, string]) {
  return z
    .string({ error: requiredOrType(`文字（${zh}）`, `text (${en})`) })
    .trim()
    .min(min, { error: schemaMessage('too-short', [`${zh}至少 ${min} 个字`, `${en} needs at least ${min} characters`]) })
    .max(max, {
      error: schemaMessage('too-long', [`${zh}最多 ${max} 个字`, `${en} may have at most ${max} characters`], ['请精简', '']),
    });
}

/** An id written into data (a source, a figure): lowercase ASCII that URLs and other entries can use. */
export function slugId(what: readonly [string, string]) {
  return boundedText(2, 60, what).regex(/^[a-z0-9-]+$/, {
    error: schemaMessage('not-a-slug', [`${what[0]}只能用小写字母、数字和 -`, `${what[1]}: lowercase letters, digits and - only`]),
  });
}

/** A list whose entries must not repeat. */
function uniqueList<T extends z.ZodType>(item: T, [zh, en]: readonly [string, string], max = 20) {
  return z
    .array(item, { error: requiredOrType(`列表（${zh}）`, `a list (${en})`) })
    .max(max, { error: schemaMessage('too-many', [`${zh}最多 ${max} 项`, `at most ${max} ${en}`]) })
    .refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
      error: schemaMessage('duplicate-item', [`${zh}中有重复项`, `${en} contains a duplicate`], ['请删去重复的一项', '']),
    });
}
export { uniqueList };

/** Links an editor writes: only http(s) and site-relative paths; javascript:, data: and the like are refused. */
export const safeUrl = z
  .string({ error: requiredOrType('网址', 'a URL') })
  .trim()
  .max(500, { error: schemaMessage('too-long', ['网址最多 500 个字符', 'the URL may have at most 500 characters']) })
  .refine((url) => /^https?:\/\/[^\s]+$/i.test(url) || /^\/(?!\/)[^\s]*$/.test(url), {
    // The same kind of problem as an unsafe link the content checks find (src/lib/content/body-checks.ts): reported once.
    error: schemaMessage('unsafe-link', ['网址只能以 https://、http:// 或 / 开头（不允许 javascript: 或 data: 等）', 'only http(s) links or site paths are allowed']),
  })
  .meta({ format: 'uri' });


/**
 * Chinese text with an optional English version for tourists. `docs` explains its two keys where a
 * new entry's template writes them out (summary).
 */
export function bilingualText(
  min: number,
  max: number,
  [zh, en]: readonly [string, string],
  docs: { zh: string; en: string } = { zh: `中文${zh}`, en: `英文${zh}（可选）` },
) {
  return z.strictObject(
    {
      zh: boundedText(min, max, [`${zh}（中文）`, `${en} (Chinese)`]).meta({ description: docs.zh }),
      en: boundedText(min, max * 3, [`${zh}（英文）`, `${en} (English)`]).optional().meta({ description: docs.en }),
    },
    { error: requiredOrType(`${zh}（zh: 中文，en: 英文可选）`, `${en} { zh, en? }`) },
  ).meta({ format: 'bilingual' });
}

/** One of a fixed list, with the list and the nearest allowed value in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, [zh, en]: readonly [string, string]) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return schemaMessage('required', [`缺少${zh}`, `required: ${en}`]);
      const near = closestMatches(String(issue.input), values, 1)[0];
      const hint = near ? `，是不是“${near}”？` : '';
      return schemaMessage('not-one-of', [`${zh}“${String(issue.input)}”不在可选范围内${hint}可选：${values.join('、')}`, `${en} must be one of the listed values`]);
    },
  });
}
