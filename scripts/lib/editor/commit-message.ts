/**
 * The commit message of a save in the form editor, in Chinese and naming the entry, as the office
 * reads its history: 商户：新增 翠格珠宝, 活动：修改 为民服务日, 商户：删除 翠格珠宝.
 */
import { parse } from 'yaml';
import { splitSource } from '@/lib/content/frontmatter';

export type ChangeKind = '新增' | '修改' | '删除';

/** The entry's name as its frontmatter gives it (name or title), else its file name. */
export function entryName(file: string, raw: string | undefined): string {
  try {
    const data = raw ? (parse(splitSource(file, raw).yaml) as Record<string, unknown> | null) : null;
    const name = data?.name ?? data?.title;
    if (typeof name === 'string' && name.trim()) return name.trim();
  } catch {
    // A file the check refuses anyway: named by its file.
  }
  return file.split('/').pop()!.replace(/\.[^.]+$/, '');
}

/** 商户：新增 翠格珠宝 — `noun` names one entry of the collection (the editor config's label_singular). */
export function commitMessage(noun: string, change: ChangeKind, name: string): string {
  return `${noun}：${change} ${name}`;
}
