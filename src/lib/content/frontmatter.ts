/**
 * A content file split into its YAML (frontmatter, or the whole of a .yaml file) and its Markdown body,
 * with the YAML parsed by the `yaml` package, which keeps source positions: a field path such as
 * ['honours', 0, 'year'] is mapped to the line an editor sees in the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface SourceFile {
  /** The YAML text. */
  yaml: string;
  /** 1-based line in the file of the YAML's first line. */
  yamlStartLine: number;
  /** 1-based line in the file of the frontmatter's opening --- (1 for a .yaml file). */
  frontmatterLine: number;
  /** The Markdown body ('' for a .yaml file). */
  body: string;
  /** 1-based line in the file of the body's first line. */
  bodyStartLine: number;
  /** False for a Markdown file without an opening and closing --- */
  hasFrontmatter: boolean;
}

/** Splits a .md/.mdx file at its frontmatter fences; a .yaml file is all YAML. */
export function splitSource(file: string, text: string): SourceFile {
  if (!/\.mdx?$/.test(file)) return { yaml: text, yamlStartLine: 1, frontmatterLine: 1, body: '', bodyStartLine: 1, hasFrontmatter: true };
  const lines = text.split(/\r?\n/);
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
  if (end < 0) return { yaml: '', yamlStartLine: 1, frontmatterLine: 1, body: text, bodyStartLine: 1, hasFrontmatter: false };
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    frontmatterLine: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
    hasFrontmatter: true,
  };
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Added to a line of the YAML text to give the line in the file. */
  lineOffset: number;
}

export function parseYamlWithPositions(source: SourceFile): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  return { doc, lines, lineOffset: source.yamlStartLine - 1 };
}

/** Turns honours[0].year back into ['honours', 0, 'year']. */
export function parseFieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

/**
 * The line of the node at `path`: a key's own line for a map entry, an item's line for a list item.
 * When the path does not exist (a missing field), the line of the deepest part that does; for a
 * missing top-level field, the frontmatter's first line.
 */
export function lineOfPath(parsed: ParsedYaml, path: readonly (string | number)[], fallbackLine: number): number {
  let node: unknown = parsed.doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    let next: unknown;
    let at: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (pair) {
        next = pair.value;
        at = (pair.key as { range?: [number, number, number] }).range?.[0];
      }
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
      at = (next as { range?: [number, number, number] } | undefined)?.range?.[0];
    }
    if (at === undefined) break;
    node = next;
    offset = at;
  }
  return offset === undefined ? fallbackLine : parsed.lines.linePos(offset).line + parsed.lineOffset;
}
