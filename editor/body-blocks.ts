/**
 * The site's MDX blocks (src/components/mdx/: Callout, Steps, Checklist) as blocks an editor inserts
 * from the body editor's "+" menu, written back exactly as the guides write them, so the page renders
 * them and `check:content` accepts them. Labels come from the site's UI dictionary.
 */
import { t } from '@/i18n/ui';

const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

interface EditorComponent {
  id: string;
  label: string;
  fields: object[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, string | undefined>): string;
  toPreview(data: Record<string, string | undefined>): string;
}

const escapeHtml = (text = '') => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attribute = (name: string, value?: string) => (value ? ` ${name}="${value.replace(/"/g, '“')}"` : '');
const body = { name: 'body', label: '内容', widget: 'markdown', hint: '方框里的文字，可以有列表和链接' };

export const bodyBlocks: EditorComponent[] = [
  {
    id: 'callout',
    label: `${t('callout.note')}／${t('callout.tip')}／${t('callout.warning')}框`,
    fields: [
      { name: 'type', label: '类型', widget: 'select', default: 'note', options: CALLOUT_TYPES.map((type) => ({ value: type, label: t(`callout.${type}`) })) },
      { name: 'title', label: '标题', widget: 'string', required: false, hint: '方框的标题，可以不写' },
      body,
    ],
    pattern: /^<Callout type="(note|tip|warning)"(?: title="([^"]*)")?>\n\n([\s\S]*?)\n\n<\/Callout>$/m,
    fromBlock: (match) => ({ type: match[1]!, title: match[2] ?? '', body: match[3]! }),
    toBlock: ({ type = 'note', title, body: text = '' }) => `<Callout type="${type}"${attribute('title', title)}>\n\n${text}\n\n</Callout>`,
    toPreview: ({ type = 'note', title, body: text = '' }) =>
      `<aside class="callout callout--${type}" role="note"><p class="callout__head"><strong>${escapeHtml(title || t(`callout.${type as 'note'}`))}</strong></p><div>${escapeHtml(text)}</div></aside>`,
  },
  {
    id: 'steps',
    label: t('steps.label'),
    fields: [{ ...body, hint: '写成编号列表：1. 第一步 2. 第二步' }],
    pattern: /^<Steps>\n\n([\s\S]*?)\n\n<\/Steps>$/m,
    fromBlock: (match) => ({ body: match[1]! }),
    toBlock: ({ body: text = '' }) => `<Steps>\n\n${text}\n\n</Steps>`,
    toPreview: ({ body: text = '' }) => `<div class="steps"><p><strong>${escapeHtml(t('steps.label'))}</strong></p><pre>${escapeHtml(text)}</pre></div>`,
  },
  {
    id: 'checklist',
    label: t('checklist.label'),
    fields: [
      { name: 'id', label: '编号', widget: 'string', required: false, hint: '小写字母、数字和 -，如 tanwei-xiaofang-meiri；读者的勾选按它保存' },
      { name: 'title', label: '标题', widget: 'string', required: false },
      { ...body, hint: '写成列表：- 第一项 - 第二项' },
    ],
    pattern: /^<Checklist(?: id="([^"]*)")?(?: title="([^"]*)")?>\n\n([\s\S]*?)\n\n<\/Checklist>$/m,
    fromBlock: (match) => ({ id: match[1] ?? '', title: match[2] ?? '', body: match[3]! }),
    toBlock: ({ id, title, body: text = '' }) => `<Checklist${attribute('id', id)}${attribute('title', title)}>\n\n${text}\n\n</Checklist>`,
    toPreview: ({ title, body: text = '' }) => `<div class="checklist"><p><strong>${escapeHtml(title || t('checklist.label'))}</strong></p><pre>${escapeHtml(text)}</pre></div>`,
  },
];
