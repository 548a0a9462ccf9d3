/**
 * The 复制到公众号 button: puts an article on the clipboard as text/html (what the 公众号 editor
 * pastes, styles included) with its text as text/plain for anything that takes only text.
 */

/**
 * Writes both forms from a click, in the article's own document (the form editor's preview is a
 * frame of its own); false when the browser refused.
 */
export function copyArticle(article: HTMLElement): boolean {
  const document = article.ownerDocument;
  const html = article.innerHTML;
  const text = article.innerText;
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  // The copy event carries both forms in every browser, from the click itself (no permission asked).
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return written;
}

/** Wires every [data-wechat-copy="<selector of the article>"] button under `root`. */
export function copyArticleOnClick(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLElement>('[data-wechat-copy]')) {
    button.addEventListener('click', () => {
      const article = button.ownerDocument.querySelector<HTMLElement>(button.dataset.wechatCopy ?? '');
      const status = root.querySelector<HTMLElement>('[data-wechat-status]');
      const copied = article ? copyArticle(article) : false;
      if (status) {
        status.textContent = copied
          ? '已复制。请到公众号图文编辑器的正文里粘贴（Ctrl+V）。'
          : '没能复制（浏览器不允许）。请在公众号版本页面里全选文章后复制。';
      }
    });
  }
}
