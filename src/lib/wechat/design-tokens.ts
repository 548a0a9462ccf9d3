/**
 * The site's design tokens as values: the light scheme's custom properties in the `@theme static`
 * block of src/styles/global.css (colours, the root text size, the body line height, the font stack).
 * The WeChat export is styled from them, so a change of the site's accent colour changes it too.
 */

export type DesignTokens = Readonly<Record<string, string>>;

/** The `--name: value;` declarations of the stylesheet's first `@theme` block, by name without `--`. */
export function readDesignTokens(css: string): DesignTokens {
  const block = /@theme\b[^{]*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!block) throw new Error('src/styles/global.css has no @theme block: the WeChat export takes its colours from it');
  const tokens: Record<string, string> = {};
  for (const [, name, value] of block[1]!.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) tokens[name!] = value!.replace(/\s+/g, ' ').trim();
  return tokens;
}

/** One token's value; a token the export needs and the stylesheet lacks is a mistake of the code, so it throws. */
export function token(tokens: DesignTokens, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`design token --${name} is missing from src/styles/global.css`);
  return value;
}
