/**
 * The site's MDX blocks (src/components/mdx/: Callout, Steps, Checklist) as blocks an editor inserts
 * from the body editor's "+" menu, written back exactly as the guides write them, so the page renders
 * them and `check:content` accepts them. Labels come from the site's UI dictionary.
 */
import type { BlockEditorComponentOptions, EditorComponentField } from 'decap-cms-core';
import { t } from '@/i18n/ui';

const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** `type="tip" title="…"` → { type: 'tip', title: '…' }. */
const attributesOf = (text = '') => Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
/** A block as a guide may write it: its attributes in any order, its text on the same line or between blank lines. */
const blockPattern = (tag: string) => new RegExp(`^<${tag}((?:\\s+\\w+="[^"]*")*)\\s*>\\s*([\\s\\S]*?)\\s*</${tag}>$`, 'm');

const escapeHtml = (text = '') => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attribute = (name: string, value?: string) => (value ? ` ${name}="${value.replace(/"/g, '“')}"` : '');
/** A block's field as Decap takes it at run time (its types leave out hint, default and required). */
type BlockField = { name: string; label: string; widget: string } & Record<string, unknown>;
const fieldsOf = (fields: BlockField[]) => fields as unknown as EditorComponentField[];
const body: BlockField = { name: 'body', label: '内容', widget: 'markdown', hint: '方框里的文字，可以有列表和链接' };

export const bodyBlocks: BlockEditorComponentOptions[] = [
  {
    id: 'callout',
    label: `${t('callout.note')}／${t('callout.tip')}／${t('callout.warning')}框`,
    fields: fieldsOf([
      { name: 'type', label: '类型', widget: 'select', default: 'note', options: CALLOUT_TYPES.map((type) => ({ value: type, label: t(`callout.${type}`) })) },
      { name: 'title', label: '标题', widget: 'string', required: false, hint: '方框的标题，可以不写' },
      body,
    ]),
    pattern: blockPattern('Callout'),
    fromBlock: (match) => {
      const { type = 'note', title = '' } = attributesOf(match[1]);
      return { type, title, body: match[2]! };
    },
    toBlock: ({ type = 'note', title, body: text = '' }) => `<Callout type="${type}"${attribute('title', title)}>\n\n${text}\n\n</Callout>`,
    toPreview: ({ type = 'note', title, body: text = '' }) =>
      `<aside class="callout callout--${type}" role="note"><p class="callout__head"><strong>${escapeHtml(title || t(`callout.${type as 'note'}`))}</strong></p><div>${escapeHtml(text)}</div></aside>`,
  },
  {
    id: 'steps',
    label: t('steps.label'),
    fields: fieldsOf([{ ...body, hint: '写成编号列表：1. 第一步 2. 第二步' }]),
    pattern: blockPattern('Steps'),
    fromBlock: (match) => ({ body: match[2]! }),
    toBlock: ({ body: text = '' }) => `<Steps>\n\n${text}\n\n</Steps>`,
    toPreview: ({ body: text = '' }) => `<div class="steps"><p><strong>${escapeHtml(t('steps.label'))}</strong></p><pre>${escapeHtml(text)}</pre></div>`,
  },
  {
    id: 'checklist',
    label: t('checklist.label'),
    fields: fieldsOf([
      { name: 'id', label: '编号', widget: 'string', required: false, hint: '小写字母、数字和 -，如 tanwei-xiaofang-meiri；读者的勾选按它保存' },
      { name: 'title', label: '标题', widget: 'string', required: false },
      { ...body, hint: '写成列表：- 第一项 - 第二项' },
    ]),
    pattern: blockPattern('Checklist'),
    fromBlock: (match) => {
      const { id = '', title = '' } = attributesOf(match[1]);
      return { id, title, body: match[2]! };
    },
    toBlock: ({ id, title, body: text = '' }) => `<Checklist${attribute('id', id)}${attribute('title', title)}>\n\n${text}\n\n</Checklist>`,
    toPreview: ({ title, body: text = '' }) => `<div class="checklist"><p><strong>${escapeHtml(title || t('checklist.label'))}</strong></p><pre>${escapeHtml(text)}</pre></div>`,
  },
];
