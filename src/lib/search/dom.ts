/**
 * Building the search UI's elements. What the visitor types, and what the index holds, only ever
 * becomes text nodes, never markup.
 */
import { hanRuns } from './view';

export type Child = Node | string;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Text for a page of `lang`: on an English page, Chinese runs are marked lang="zh-CN". */
export function text(value: string, lang: string): Child[] {
  if (lang === 'zh-CN') return [value];
  return hanRuns(value).map((run) => (run.han ? h('span', { lang: 'zh-CN' }, run.text) : run.text));
}

/** Puts the sentences into the live region. */
export function setStatus(status: HTMLElement, lines: readonly string[], lang: string): void {
  status.replaceChildren(...lines.flatMap((line, index) => [...(index > 0 ? [' '] : []), ...text(line, lang)]));
}

/** A status line while a slow search runs (not for fast ones: it would chatter in the live region); returns its cancel. */
export function showLoadingLater(status: HTMLElement, line: string, lang: string, still: () => boolean): () => void {
  const timer = window.setTimeout(() => still() && setStatus(status, [line], lang), 400);
  return () => window.clearTimeout(timer);
}

/** The language of the page the search runs on. */
export function pageLang(): string {
  return document.documentElement.lang || 'zh-CN';
}
