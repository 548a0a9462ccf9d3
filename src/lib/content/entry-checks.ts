/**
 * The checks of one content file that the schema cannot make, run by the build (the loaders in
 * ./loaders.ts, before the schema) and by `npm run check:content` (./check.ts): one list, so
 * nothing the check rejects can be published. Errors stop the build; warnings are printed.
 */
import { findHardLineBreaks, findUnsafeLinksInData, BODY_FIELD } from './body-checks';
import { findUnsafeMarkup } from './markup';
import { findChineseCopyWarnings, findChineseCopyWarningsInData } from './chinese-copy';
import { findImpossibleDays } from './frontmatter-dates';
import { lineOfPath, parseFieldPath, parseYamlWithPositions, splitSource, type ParsedYaml, type SourceFile } from './frontmatter';
import { findImageProblems } from './images';
import { findDroppedText } from './yaml-comments';
import { findFutureConsent, findPersonalData } from './personal-data';
import { findHiddenCharacterReferences, findHiddenCharacters } from './unicode';
import { bySeverity, type ContentProblem } from './problems';
import { findStaleVerification } from './verified';
import { findPlaceholders } from './placeholders';

export interface CheckedFile {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

export interface EntryFileInput {
  /** The path shown to the editor. */
  file: string;
  text: string;
  /** The parsed frontmatter (or YAML file). */
  data: unknown;
  /** The folder of the file, for relative image paths. */
  entryDir: string;
  exists: (absolutePath: string) => boolean;
  now: Date;
  /** Already split and parsed, when the caller has done it (./check.ts). */
  source?: SourceFile;
  parsed?: ParsedYaml;
}

export function yamlSyntaxProblem(file: string, line: number | undefined, message: string): ContentProblem {
  return {
    code: 'yaml-syntax',
    severity: 'error',
    file,
    line,
    field: '(YAML)',
    problem: {
      zh: 'YAML 格式错误',
      en: 'YAML syntax error',
      // The parsers' own positions count from the frontmatter, not the file: the line is given separately.
      detail: message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/ \(\d+:\d+\)$/, ''),
    },
    fix: { zh: '检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对', en: 'check indentation, the space after each colon and paired quotes' },
  };
}

/** Gives each problem without a line the line of its field in the YAML. */
export function withLines(problems: ContentProblem[], parsed: ParsedYaml | undefined, fallbackLine: number): ContentProblem[] {
  return problems.map((problem) =>
    problem.line !== undefined ? problem : { ...problem, line: parsed ? lineOfPath(parsed, parseFieldPath(problem.field), fallbackLine) : fallbackLine },
  );
}

export function checkEntryFile(input: EntryFileInput): CheckedFile {
  const { file, text, data, entryDir, exists, now } = input;
  const source = input.source ?? splitSource(file, text);
  let parsed = input.parsed;
  if (!parsed) {
    try {
      parsed = parseYamlWithPositions(source);
    } catch {
      parsed = undefined;
    }
  }
  // Each check says whether what it finds is an error or a warning.
  const problems = [
    ...findImpossibleDays(file, text),
    ...findHiddenCharacters(file, text),
    ...findPlaceholders(file, text),
    ...findHiddenCharacterReferences(file, source.body, source.bodyStartLine),
    ...findPersonalData(file, source.body, source.bodyStartLine, data),
    ...findFutureConsent(file, data, now),
    ...findDroppedText(file, source),
    ...findImageProblems(file, entryDir, data, exists),
    ...findUnsafeLinksInData(file, data),
    ...findUnsafeMarkup(file, source.body, source.bodyStartLine, { mdx: file.endsWith('.mdx') }),
    ...findHardLineBreaks(file, source.body, source.bodyStartLine),
    ...findStaleVerification(file, data, now),
    ...findChineseCopyWarningsInData(file, data),
    ...findChineseCopyWarnings(file, source.body, source.bodyStartLine, BODY_FIELD),
  ];
  return bySeverity(withLines(problems, parsed, source.frontmatterLine));
}
