/**
 * What a story's page (/stories/<id>/) shows, worked out from the content graph: its trail, the
 * entries it is about, the newer and older story and its schema.org Article. Pure.
 */
import type { Site, Story } from '@/lib/content/site';
import { absoluteUrl, entryPath } from '@/lib/routes';
import { articleJsonLd } from '@/lib/structured-data';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { LinkItem } from './links';

export interface StoryView {
  trail: Crumb[];
  merchants: LinkItem[];
  branches: LinkItem[];
  activities: LinkItem[];
  /** The newer (prev) and older (next) story. */
  prev?: { href: string; title: string };
  next?: { href: string; title: string };
  /** The schema.org Article. */
  article: Record<string, unknown>;
}

/** `siteUrl`: the published address (Astro.site), for the structured data's absolute URLs. */
export function storyView(site: Pick<Site, 'site' | 'story' | 'source'>, story: Story, siteUrl: URL | string | undefined): StoryView {
  const { title, summary, date, tags, source } = story.data;
  const absolute = (path: string) => absoluteUrl(path, siteUrl);
  const merchants = site.story.merchants(story);
  const branches = site.story.branches(story);
  const { prev, next } = site.story.adjacent(story);
  const cited = site.source(source.source);
  const adjacentLink = (other: Story | undefined) => other && { href: entryPath(other), title: other.data.title };
  return {
    trail: breadcrumbs(story),
    merchants: merchants.map((m) => ({ href: entryPath(m), label: m.data.name })),
    branches: branches.map((b) => ({ href: entryPath(b), label: b.data.name })),
    activities: site.story.activities(story).map((a) => ({ href: entryPath(a), label: a.data.title })),
    prev: adjacentLink(prev),
    next: adjacentLink(next),
    article: articleJsonLd({
      url: absolute(entryPath(story)),
      headline: title,
      description: summary.zh,
      datePublished: date,
      publisher: site.site.host.zh,
      basedOn: cited && { title: cited.title, url: cited.url, publisher: cited.publisher },
      keywords: tags,
      about: [
        ...merchants.map((m) => ({ type: 'Store' as const, name: m.data.name, url: absolute(entryPath(m)) })),
        ...branches.map((b) => ({ type: 'Organization' as const, name: b.data.name, url: absolute(entryPath(b)) })),
      ],
    }),
  };
}
