/**
 * In `astro dev` only (injected by ./index.ts): on a story, activity or guide page, a bar with the
 * 复制到公众号 button and a link to the article's export page. The article is fetched when the page
 * opens, so the click copies at once.
 */
import { sectionRow } from '@/lib/sections';
import { copyArticle } from '@/lib/wechat/copy-article';
import { wechatExportPath } from '@/lib/wechat/export-path';

async function addBar(): Promise<void> {
  const [, segment, id, rest] = window.location.pathname.split('/');
  const row = segment ? sectionRow(segment) : undefined;
  if (!row?.wechat || !row.collection || !id || rest) return;
  const exportPath = wechatExportPath(row.collection, id);
  const response = await fetch(exportPath);
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = page.getElementById('wechat-article');
  if (!article) return;
  // Off screen but rendered, so its text copies with its line breaks.
  const holder = document.createElement('div');
  holder.id = 'wechat-article';
  holder.innerHTML = article.innerHTML;
  Object.assign(holder.style, { position: 'fixed', left: '-10000px', top: '0', width: '24rem' });
  holder.setAttribute('aria-hidden', 'true');

  const bar = document.createElement('div');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '公众号（只在本地预览里有）');
  Object.assign(bar.style, {
    position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '60', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.75rem',
    maxWidth: 'calc(100vw - 2rem)', padding: '0.5rem 0.75rem', border: '2px solid var(--color-accent)', borderRadius: '0.5rem', background: 'var(--color-surface)',
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '复制到公众号';
  Object.assign(button.style, { minHeight: '44px', padding: '0.25rem 1rem', border: '0', borderRadius: '0.375rem', background: 'var(--color-accent)', color: 'var(--color-on-accent)', font: 'inherit', fontWeight: '700', cursor: 'pointer' });
  const link = document.createElement('a');
  link.href = exportPath;
  link.textContent = '公众号版本';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    status.textContent = copyArticle(holder) ? '已复制，请到公众号编辑器里粘贴' : '没能复制，请打开“公众号版本”再试';
  });
  bar.append(button, link, status);
  document.body.append(holder, bar);
}

void addBar();
