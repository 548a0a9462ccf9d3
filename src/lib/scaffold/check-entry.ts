/**
 * The new entry's text checked as `npm run check:content` checks a file's frontmatter: the same schema,
 * and the same problems (file, line, field, problem, fix), so the scaffolder prints what an editor
 * would see later.
 */
import { schemaProblems } from '@/lib/content/check';
import { parseYamlWithPositions, splitSource } from '@/lib/content/frontmatter';
import type { ContentProblem } from '@/lib/content/problems';
import type { ScaffoldKind } from '@/lib/sections';
import { schemaFor } from './schemas';

/** The schema problems of a rendered entry (`file` names it in the problems); none when it passes. */
export function checkRendered(kind: ScaffoldKind, file: string, text: string): ContentProblem[] {
  const source = splitSource(file, text);
  const parsed = parseYamlWithPositions(source);
  const data: unknown = parsed.doc.toJS();
  const result = schemaFor(kind).safeParse(data);
  return result.success ? [] : schemaProblems(file, result.error.issues, parsed, source.frontmatterLine, data);
}
