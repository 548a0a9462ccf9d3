/**
 * Astro's own error for a missing image names the image but not the entry or field that asks for it;
 * this finds each relative image path in an entry's data whose file does not exist.
 */
import path from 'node:path';
import { fieldPath, type ContentProblem } from './problems';

/** Every `src: ./file` (or ../file) in `data` whose file is missing, relative to the entry's folder. */
export function findMissingImages(
  file: string,
  entryDir: string,
  data: unknown,
  exists: (absolutePath: string) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...at, index]));
    if (!value || typeof value !== 'object' || value instanceof Date) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'src' && typeof child === 'string' && /^\.\.?\//.test(child) && !exists(path.resolve(entryDir, child))) {
        problems.push({
          file,
          field: fieldPath([...at, key]),
          problem: `图片文件“${child}”不存在（image file not found）`,
          fix: `把图片放在 ${path.posix.join(path.posix.dirname(file), child)}，或改正文件名（put the image there or fix the name）`,
        });
      } else visit(child, [...at, key]);
    }
  };
  visit(data, []);
  return problems;
}
