/**
 * An entry as a WeChat article: the page's text as the site renders it (its MDX components
 * included), rebuilt for the 公众号 editor, which keeps inline styles only and allows no links out.
 * - a title block (title, date line, summary) and a closing block (the source, 引用链接);
 * - every link kept as its text with a superscript number; its full address (site paths made
 *   absolute on the site's address) in the 引用链接 list, in the order they appear;
 * - every photo numbered, with its alt text as a caption, and listed for upload (./image-files.ts);
 * - Callout, Steps and Checklist as styled blocks: their icons, counters and drawn boxes become text;
 * - styles from the site's design tokens (./stylesheet.ts), inlined by juice; then every attribute
 *   the editor drops is removed, and anything it would still drop stops the export (./forbidden-markup.ts).
 */
import { load, type CheerioAPI } from 'cheerio';
import juice from 'juice';
import type { DesignTokens } from './design-tokens';
import { forbiddenMarkup, isAllowedAttribute } from './forbidden-markup';
import { exportedImageName, imageSourcePath } from './image-files';
import { wechatStylesheet } from './stylesheet';

export interface WechatPhoto {
  /** Its address in `astro dev` (ImageMetadata.src, or an <img src> of the body). */
  src: string;
  alt: string;
  caption?: string;
}

export interface WechatArticleInput {
  title: string;
  /** The line under the title (date, place …), as HTML: only its text is kept. */
  meta: string;
  lead?: string;
  /** The entry's body as the site renders it. */
  bodyHtml: string;
  /** Shown after the title block. */
  cover?: WechatPhoto;
  /** Shown after the text. */
  photos: WechatPhoto[];
  /** The citation under the text as the site renders it (its link becomes a footnote too). */
  closingHtml: string;
  /** The entry's page on the public site: the 阅读原文 address; relative links resolve against it. */
  pageUrl: string;
  /** The site's name, in the closing line that says where the article was first published. */
  siteName: string;
  tokens: DesignTokens;
}

export interface ExportedImage {
  /** The file name beside article.html. */
  file: string;
  /** The photo's file on disk. */
  sourcePath: string;
  alt: string;
}

export interface WechatArticle {
  html: string;
  /** The 引用链接, in order. */
  links: { text: string; url: string }[];
  images: ExportedImage[];
  /** The address for 阅读原文. */
  readMoreUrl: string;
}

/** Words the article itself shows (WeChat articles are Chinese). */
const WORDS = { original: '原文：', references: '引用链接', figure: '图', checkBox: '□', separator: '　' };

const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export function wechatArticle(input: WechatArticleInput): WechatArticle {
  const $ = load('<section data-wx="article"></section>', null, false);
  const article = $('[data-wx="article"]');
  const images: ExportedImage[] = [];
  const figure = (photo: WechatPhoto) => {
    const sourcePath = imageSourcePath(photo.src);
    if (!sourcePath) throw new Error(`the photo “${photo.alt}” (${photo.src}) is not a file of the site`);
    const file = exportedImageName(images.length, sourcePath);
    images.push({ file, sourcePath, alt: photo.alt });
    const caption = `${WORDS.figure}${images.length}${WORDS.separator}${photo.alt}${photo.caption && photo.caption !== photo.alt ? `——${photo.caption}` : ''}`;
    return $('<section data-wx="figure"></section>')
      .append($('<img>').attr({ src: file, alt: photo.alt }))
      .append($('<p data-wx="caption"></p>').text(caption));
  };

  article.append($('<h1 data-wx="title"></h1>').text(input.title));
  const meta = load(input.meta, null, false).root().text().replace(/\s+/g, ' ').trim();
  if (meta) article.append($('<p data-wx="meta"></p>').text(meta));
  if (input.lead) article.append($('<p data-wx="lead"></p>').text(input.lead));
  if (input.cover) article.append(figure(input.cover));
  const body = $('<section data-wx="body"></section>').append(input.bodyHtml);
  article.append(body);
  // Numbered in the order a reader meets them: the cover, the photos in the text, those after it.
  body.find('img').each((_, img) => {
    const $img = $(img);
    const block = $img.parent().is('p') && $img.parent().text().trim() === '' ? $img.parent() : $img;
    block.replaceWith(figure({ src: $img.attr('src') ?? '', alt: $img.attr('alt') ?? '' }));
  });
  for (const photo of input.photos) article.append(figure(photo));
  const closing = $('<section data-wx="closing"></section>').append(input.closingHtml);
  closing.append($('<p></p>').text(WORDS.original).append($('<a></a>').attr('href', input.pageUrl).text(input.siteName)));
  article.append(closing);

  $('script, style, svg, noscript, template, button, input').remove();
  rebuildCallouts($);
  rebuildSteps($);
  rebuildChecklists($);
  const links = linksToFootnotes($, input.pageUrl);
  if (links.length > 0) {
    closing.append($('<p data-wx="closing-heading"></p>').text(WORDS.references));
    links.forEach((link, index) =>
      closing.append(
        $('<p data-wx="footnote"></p>')
          .append($('<span data-wx="footnote-number"></span>').text(`[${index + 1}]`))
          .append(textNode($, ` ${link.text && link.text !== link.url ? `${link.text}：` : ''}${link.url}`)),
      ),
    );
  }

  const inlined = juice.inlineContent($.html(), wechatStylesheet(input.tokens), {
    inlinePseudoElements: false,
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    applyAttributesTableElements: false,
    removeStyleTags: true,
  });
  const html = withoutDroppedMarkup(inlined);
  const problems = forbiddenMarkup(html);
  if (problems.length > 0) {
    throw new Error(`the WeChat export still has markup the 公众号 editor drops: ${problems.map((p) => `<${p.element}> ${p.problem}`).join('; ')}`);
  }
  return { html, links, images, readMoreUrl: input.pageUrl };
}

/** A text node, escaped. */
function textNode($: CheerioAPI, text: string) {
  return $('<span></span>').text(text).contents();
}

function rebuildCallouts($: CheerioAPI): void {
  $('[data-callout]').each((_, element) => {
    const callout = $(element);
    const type = CALLOUT_TYPES.find((name) => name === callout.attr('data-callout')) ?? 'note';
    const head = callout.find('.callout__head').first();
    const label = head.find('.callout__label').text().trim();
    const title = head.find('.callout__title').text().trim();
    const section = $(`<section data-wx="callout-${type}"></section>`);
    const headLine = $('<p data-wx="callout-head"></p>').append($('<strong></strong>').text(label));
    if (title) headLine.append(textNode($, WORDS.separator)).append($('<span data-wx="callout-title"></span>').text(title));
    section.append(headLine).append($('<section data-wx="callout-body"></section>').append(callout.find('.callout__body').first().contents()));
    callout.replaceWith(section);
  });
}

function rebuildSteps($: CheerioAPI): void {
  $('.steps').each((_, element) => {
    const steps = $(element);
    const section = $('<section data-wx="steps"></section>');
    steps.children('ol').each((__, list) => {
      let number = Number($(list).attr('start') ?? 1);
      $(list)
        .children('li')
        .each((___, item) => {
          const step = $('<section data-wx="step"></section>').append($(item).contents());
          const numberMark = $('<span data-wx="step-number"></span>').text(String(number++));
          const first = step.children().first();
          if (first.is('p')) first.prepend(numberMark);
          else step.prepend($('<p></p>').append(numberMark).append(step.contents().not('section, ul, ol, blockquote, table, pre')));
          section.append(step);
        });
    });
    steps.replaceWith(section);
  });
}

function rebuildChecklists($: CheerioAPI): void {
  $('[data-checklist]').each((_, element) => {
    const checklist = $(element);
    const section = $('<section data-wx="checklist"></section>');
    const title = checklist.children('.checklist__title').text().trim();
    if (title) section.append($('<p data-wx="checklist-title"></p>').text(title));
    checklist.children('ul').children('li').each((__, item) => {
      const $item = $(item);
      const only = $item.children().length === 1 && $item.children().first().is('p') && $item.children().first().text().trim() === $item.text().trim();
      const row = $('<p data-wx="check-item"></p>').append($('<span data-wx="check-box"></span>').text(WORDS.checkBox));
      row.append(only ? $item.children().first().contents() : $item.contents());
      section.append(row);
    });
    checklist.replaceWith(section);
  });
}

/** Each link becomes its text and a footnote number; one number per address, in order of first use. */
function linksToFootnotes($: CheerioAPI, pageUrl: string): { text: string; url: string }[] {
  const links: { text: string; url: string }[] = [];
  $('a').each((_, element) => {
    const link = $(element);
    const href = link.attr('href')?.trim();
    const text = link.text().trim();
    if (!href) {
      link.replaceWith(link.contents());
      return;
    }
    const url = new URL(href, pageUrl).href;
    let index = links.findIndex((known) => known.url === url);
    if (index < 0) index = links.push({ text, url }) - 1;
    link.replaceWith($('<span data-wx="link"></span>').append(link.contents()).add($('<sup data-wx="ref"></sup>').text(`[${index + 1}]`)));
  });
  return links;
}

/** Tag names the editor has no use for become plain ones; attributes it drops are removed. */
const RENAMED: Readonly<Record<string, string>> = { aside: 'section', div: 'section', figure: 'section', figcaption: 'p', cite: 'span', time: 'span', mark: 'span' };

function withoutDroppedMarkup(html: string): string {
  const $ = load(html, null, false);
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    const renamed = RENAMED[element.name];
    if (renamed) element.name = renamed;
    for (const attribute of Object.keys(element.attribs)) {
      if (!isAllowedAttribute(element.name, attribute)) delete element.attribs[attribute];
    }
  });
  $('*')
    .contents()
    .filter((_, node) => node.type === 'comment')
    .remove();
  return $.html();
}
