/**
 * 复制到公众号 in the form editor's preview, for stories, activities and guides: the entry as last
 * saved, made into a 公众号 article by the editor's server (scripts/lib/editor/wechat.ts, which runs
 * `npm run wechat` on it: ten seconds or so), then put on the clipboard by a second click (a browser
 * copies only straight from a click). Its photos are offered for download, in order.
 */
import { useRef, useState } from 'react';
import { copyArticle } from '@/lib/wechat/copy-article';

interface Article {
  title: string;
  html: string;
  readMoreUrl: string;
  images: { file: string; alt: string }[];
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ready'; article: Article } | { kind: 'failed'; message: string };

const box = { margin: '0 0 1.5rem', padding: '0.75rem 1rem', border: '2px solid var(--color-accent)', borderRadius: '0.5rem', background: 'var(--color-surface)' };
const button = { minHeight: '44px', padding: '0.25rem 1rem', marginRight: '0.75rem', border: 0, borderRadius: '0.375rem', background: 'var(--color-accent)', color: 'var(--color-on-accent)', font: 'inherit', fontWeight: 700, cursor: 'pointer' };

export function WechatCopy({ collection, slug }: { collection: string; slug: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [copied, setCopied] = useState<string>('');
  const holder = useRef<HTMLDivElement>(null);
  const base = `/wechat/${encodeURIComponent(collection)}/${encodeURIComponent(slug)}/`;

  async function prepare() {
    setState({ kind: 'busy' });
    setCopied('');
    try {
      const response = await fetch(base);
      const body = (await response.json()) as Article & { error?: string };
      setState(response.ok ? { kind: 'ready', article: body } : { kind: 'failed', message: body.error ?? String(response.status) });
    } catch (error) {
      setState({ kind: 'failed', message: String(error) });
    }
  }

  function copy() {
    const article = holder.current;
    setCopied(article && copyArticle(article) ? '已复制。请到公众号图文编辑器的正文里粘贴（Ctrl+V）。' : '没能复制（浏览器不允许），请再点一次。');
  }

  if (!slug) return <p style={box}>保存以后，这里可以把这一篇复制到公众号。</p>;
  return (
    <section style={box} aria-label="公众号">
      <p style={{ margin: 0 }}>
        <button type="button" style={button} onClick={prepare} disabled={state.kind === 'busy'}>
          准备公众号版本
        </button>
        <span role="status">
          {state.kind === 'busy' && '正在生成，大约十几秒……'}
          {state.kind === 'failed' && state.message}
          {state.kind === 'idle' && '用的是最近一次保存的内容。'}
        </span>
      </p>
      {state.kind === 'ready' && (
        <>
          <p style={{ margin: '0.75rem 0 0' }}>
            <button type="button" style={button} onClick={copy}>
              复制到公众号
            </button>
            <span role="status">{copied}</span>
          </p>
          <p style={{ margin: '0.75rem 0 0' }}>阅读原文（原文链接）：{state.article.readMoreUrl}</p>
          {state.article.images.length > 0 && (
            <ol style={{ margin: '0.5rem 0 0' }}>
              {state.article.images.map((image, index) => (
                <li key={image.file}>
                  图{index + 1}：
                  <a href={`${base}${encodeURIComponent(image.file)}`} download={image.file}>
                    {image.file}
                  </a>
                  （{image.alt}）
                </li>
              ))}
            </ol>
          )}
          {/* Rendered off screen, so the copy keeps its line breaks as text too. */}
          <div ref={holder} aria-hidden="true" style={{ position: 'fixed', left: '-10000px', top: 0, width: '24rem' }} dangerouslySetInnerHTML={{ __html: state.article.html }} />
        </>
      )}
    </section>
  );
}
