/**
 * The WeChat article's stylesheet, made from the site's design tokens and inlined into every element
 * by juice (./article.ts): the 公众号 editor keeps inline styles only. Sizes are in px (the editor
 * has no root size to scale rem by); no custom properties, pseudo-elements, positioning or media
 * queries, which it drops (./forbidden-markup.ts lists them).
 */
import { token, type DesignTokens } from './design-tokens';

/** The site's root text size in px: `--text-root` is a percentage of the browser's 16 px. */
export function bodyTextPx(tokens: DesignTokens): number {
  const root = token(tokens, 'text-root');
  const percent = /^([\d.]+)%$/.exec(root);
  if (!percent) throw new Error(`--text-root must be a percentage, not “${root}”`);
  return Math.round((16 * Number(percent[1])) / 100);
}

export function wechatStylesheet(tokens: DesignTokens): string {
  const c = (name: string) => token(tokens, `color-${name}`);
  const body = bodyTextPx(tokens);
  const px = (em: number) => `${Math.round(body * em)}px`;
  const callout = (type: 'note' | 'tip' | 'warning') => `
    [data-wx="callout-${type}"] { margin: ${px(1.25)} 0; padding: ${px(0.8)} ${px(1)}; border: 1px solid ${c(type)}; border-left: 6px solid ${c(type)}; border-radius: 8px; background-color: ${c(`${type}-soft`)}; }
    [data-wx="callout-${type}"] [data-wx="callout-head"], [data-wx="callout-${type}"] [data-wx="callout-head"] strong { color: ${c(type)}; }`;
  return `
    [data-wx="article"] { font-family: ${token(tokens, 'font-sans')}; font-size: ${body}px; line-height: ${token(tokens, 'leading-body')}; color: ${c('ink')}; text-align: justify; overflow-wrap: break-word; }
    [data-wx="title"] { margin: 0 0 ${px(0.5)}; font-size: ${px(1.4)}; line-height: 1.4; font-weight: 700; color: ${c('ink')}; }
    [data-wx="meta"] { margin: 0 0 ${px(1)}; font-size: ${px(0.8)}; color: ${c('muted')}; }
    [data-wx="lead"] { margin: 0 0 ${px(1.25)}; padding: ${px(0.6)} ${px(0.9)}; border-left: 4px solid ${c('accent')}; background-color: ${c('soft')}; color: ${c('muted')}; font-size: ${px(0.9)}; }
    h2 { margin: ${px(1.6)} 0 ${px(0.8)}; padding-left: ${px(0.5)}; border-left: 4px solid ${c('accent')}; font-size: ${px(1.2)}; line-height: 1.4; font-weight: 700; color: ${c('ink')}; }
    h3, h4, h5, h6 { margin: ${px(1.25)} 0 ${px(0.6)}; font-size: ${px(1.05)}; line-height: 1.4; font-weight: 700; color: ${c('accent-dark')}; }
    p { margin: 0 0 ${px(1)}; }
    strong, b { font-weight: 700; color: ${c('ink')}; }
    em { font-style: normal; font-weight: 700; }
    ul, ol { margin: 0 0 ${px(1)}; padding-left: ${px(1.5)}; }
    li { margin: 0 0 ${px(0.3)}; }
    li p { margin: 0; }
    blockquote { margin: 0 0 ${px(1)}; padding: ${px(0.6)} ${px(0.9)}; border-left: 4px solid ${c('line')}; background-color: ${c('soft')}; color: ${c('muted')}; }
    blockquote p:last-child { margin-bottom: 0; }
    table { width: 100%; margin: 0 0 ${px(1)}; border-collapse: collapse; font-size: ${px(0.85)}; }
    th, td { padding: 6px 8px; border: 1px solid ${c('line')}; text-align: left; vertical-align: top; }
    th { background-color: ${c('soft')}; font-weight: 700; }
    code { padding: 0 4px; border-radius: 4px; background-color: ${c('soft')}; font-size: ${px(0.85)}; }
    pre { margin: 0 0 ${px(1)}; padding: ${px(0.6)}; border-radius: 6px; background-color: ${c('soft')}; white-space: pre-wrap; font-size: ${px(0.8)}; }
    hr { margin: ${px(1.5)} 0; border: 0; border-top: 1px solid ${c('line')}; }
    [data-wx="link"] { color: ${c('accent-dark')}; }
    [data-wx="ref"] { color: ${c('accent-dark')}; font-size: ${px(0.65)}; line-height: 0; }
    ${callout('note')}
    ${callout('tip')}
    ${callout('warning')}
    [data-wx="callout-head"] { margin: 0 0 ${px(0.4)}; font-weight: 700; }
    [data-wx="callout-title"] { color: ${c('ink')}; }
    [data-wx="callout-body"] p:last-child { margin-bottom: 0; }
    [data-wx="steps"] { margin: ${px(1.25)} 0; }
    [data-wx="step"] { margin: 0 0 ${px(0.8)}; padding: 0 0 0 ${px(0.8)}; border-left: 2px solid ${c('line')}; }
    [data-wx="step-number"] { display: inline-block; min-width: ${px(1.5)}; margin: 0 ${px(0.4)} 0 0; padding: 0 ${px(0.3)}; border-radius: ${px(0.75)}; background-color: ${c('note')}; color: ${c('on-accent')}; font-weight: 700; text-align: center; line-height: ${px(1.5)}; }
    [data-wx="checklist"] { margin: ${px(1.25)} 0; padding: ${px(0.6)} ${px(1)}; border: 1px solid ${c('control')}; border-radius: 8px; background-color: ${c('surface')}; }
    [data-wx="checklist-title"] { margin: 0 0 ${px(0.4)}; font-weight: 700; }
    [data-wx="check-item"] { margin: 0; padding: ${px(0.4)} 0; border-top: 1px solid ${c('line')}; }
    [data-wx="check-item"]:first-child { border-top: 0; }
    [data-wx="check-box"] { margin-right: ${px(0.4)}; color: ${c('ink')}; font-weight: 700; }
    [data-wx="figure"] { margin: ${px(1.25)} 0; text-align: center; }
    [data-wx="figure"] img { display: block; width: 100%; height: auto; margin: 0 auto; border-radius: 4px; }
    [data-wx="caption"] { margin: ${px(0.4)} 0 0; font-size: ${px(0.8)}; color: ${c('muted')}; text-align: center; }
    [data-wx="closing"] { margin: ${px(2)} 0 0; padding: ${px(1)} 0 0; border-top: 1px solid ${c('line')}; font-size: ${px(0.8)}; color: ${c('muted')}; }
    [data-wx="closing"] p { margin: 0 0 ${px(0.5)}; }
    [data-wx="closing"] [data-wx="closing-heading"] { margin: ${px(1)} 0 ${px(0.4)}; font-weight: 700; color: ${c('ink')}; }
    [data-wx="closing"] [data-wx="footnote"] { margin: 0 0 ${px(0.3)}; word-break: break-all; }
    [data-wx="footnote-number"] { color: ${c('accent-dark')}; }
  `;
}
