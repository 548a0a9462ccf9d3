/**
 * The preview beside the form: an entry laid out as the site lays out its page (the page header with
 * its title and lead, the photos with their descriptions, the text), in the site's own stylesheet
 * (editor/main.ts registers it), instead of Decap’s list of field values; for stories, activities and
 * guides, the 复制到公众号 box (./wechat-copy.tsx) above it.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { WECHAT_COLLECTIONS } from '@/lib/sections';
import { WechatCopy } from './wechat-copy';

interface Photo {
  src?: string;
  alt?: string;
  caption?: string;
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'zh' in value ? String((value as { zh?: unknown }).zh ?? '') : undefined;

export function EntryPreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps) {
  const data = (entry.get('data')?.toJS?.() ?? {}) as Record<string, unknown>;
  const title = textOf(data.name) ?? textOf(data.title) ?? '';
  const lead = textOf(data.summary) ?? textOf(data.description);
  const photos = Array.isArray(data.photos) ? (data.photos as Photo[]) : [];
  const collection = String(entry.get('collection') ?? '');
  return (
    <main className="max-w-6xl mx-auto px-4 py-8" lang="zh-CN">
      {(WECHAT_COLLECTIONS as string[]).includes(collection) && <WechatCopy collection={collection} slug={String(entry.get('slug') ?? '')} />}
      <header className="mb-8">
        <h1 className="text-3xl sm:text-4xl font-bold text-ink">{title}</h1>
        {lead && <p className="mt-3 text-lg text-muted prose-zh">{lead}</p>}
      </header>
      {photos
        .filter((photo) => photo.src)
        .map((photo) => (
          <figure key={photo.src} className="mb-8">
            <img src={String(getAsset(photo.src!) ?? photo.src)} alt={photo.alt ?? ''} />
            {photo.caption && <figcaption className="mt-2 text-muted">{photo.caption}</figcaption>}
          </figure>
        ))}
      <div className="prose prose-lg prose-zh">{widgetFor('body')}</div>
    </main>
  );
}
