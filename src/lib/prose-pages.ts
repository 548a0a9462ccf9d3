/**
 * The prose pages editors keep in Markdown (src/content/pages/): each exists in Chinese (pages/<name>.md)
 * and English (pages/en/<name>.md), and a missing one stops the build, naming the file to create.
 * Pure, so it is unit-tested.
 */
import type { Lang } from '@/i18n/ui';
import { LANGS } from './i18n';
import { ContentProblemError, type ContentProblem } from './content/problems';

import { PROSE_PAGES } from './sections';

/** A prose page, by its section (src/lib/sections.ts, `prose`: how an error message names it). */
export type ProsePageName = keyof typeof PROSE_PAGES;

/** The entry id of a prose page in a language: privacy, en/privacy. */
export function prosePageId(name: ProsePageName, lang: Lang): string {
  return lang === 'en' ? `en/${name}` : name;
}

/** The problem of a missing prose page: the file to create and what to write in it. */
export function missingProsePage(name: ProsePageName, lang: Lang, contentDir: string): ContentProblem {
  const { zh, en } = PROSE_PAGES[name];
  const english = lang === 'en';
  return {
    code: 'missing-prose-page',
    severity: 'error',
    file: `${contentDir}/pages/${prosePageId(name, lang)}.md`,
    field: '(file)',
    problem: { zh: `缺少${zh}${english ? '的英文版' : ''}`, en: `${en}${english ? "'s English version" : ''} is missing` },
    fix: {
      zh: `参照另一种语言的${zh}新建这个文件：开头写 title 和 description，正文写在下面`,
      en: "create the file like the other language's version: title and description at the top, the text below them",
    },
  };
}

/** A problem for each prose page missing in a language, given the ids of the pages collection. */
export function missingProsePages(ids: readonly string[], contentDir: string): ContentProblem[] {
  const names = Object.keys(PROSE_PAGES) as ProsePageName[];
  return names.flatMap((name) => LANGS.filter((lang) => !ids.includes(prosePageId(name, lang))).map((lang) => missingProsePage(name, lang, contentDir)));
}

/** The entry of a prose page in a language; a missing one stops the build. */
export function findProsePage<Entry extends { id: string }>(pages: readonly Entry[], name: ProsePageName, lang: Lang, contentDir: string): Entry {
  const id = prosePageId(name, lang);
  const page = pages.find((entry) => entry.id === id);
  if (!page) throw new ContentProblemError([missingProsePage(name, lang, contentDir)]);
  return page;
}
