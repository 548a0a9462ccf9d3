/**
 * The field tables of CONTRIBUTING.md (between <!-- fields:start --> and <!-- fields:end -->),
 * generated from the same schema meta as the new-entry template: `npm run new -- --field-table`
 * prints them, and tests/unit/scaffold.test.ts fails when the file's copy differs.
 */
import { SCAFFOLD_KINDS } from '@/lib/sections';
import { helpFor, templateFields } from './fields';
import { SCAFFOLD_KIND_NAMES } from './schemas';

const cell = (text: string | undefined) => (text ?? '').replaceAll('|', '\\|');

export function fieldTableMarkdown(): string {
  const out: string[] = [];
  for (const kind of SCAFFOLD_KIND_NAMES) {
    const { label, folder } = SCAFFOLD_KINDS[kind];
    out.push(`### ${label}（src/content/${folder}/）`, '', '| 字段 | 必填 | 含义 |', '|---|---|---|');
    for (const field of templateFields(kind)) {
      const options = field.options ? `；可选：${field.options.join('、')}` : '';
      const required = field.required ? '是' : (field.requirement ?? '');
      out.push(`| \`${field.name}\` | ${required} | ${cell(field.help)}${options} |`);
      for (const key of field.keys ?? []) {
        out.push(`| \`${field.name}.${key.name}\` | ${key.required ? '是' : ''} | ${cell(helpFor(kind, `${field.name}.${key.name}`))} |`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
