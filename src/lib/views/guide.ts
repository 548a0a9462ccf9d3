/**
 * What a guide's page (/learn/<id>/) shows besides its text, worked out from the content graph: the
 * learning centre's contents by section, the guide before and after it there, its trail and the
 * activities it belongs to. Pure.
 */
import type { Guide, Site } from '@/lib/content/site';
import { guidesBySection, neighbours } from '@/lib/guides';
import { entryPath } from '@/lib/routes';
import { GUIDE_SECTIONS } from '@/lib/schema/collections';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { LinkItem } from './links';

export interface GuideView {
  trail: Crumb[];
  /** Every guide by section, in the sections' order: the sidebar (GuideNav). */
  groups: { section: string; guides: Guide[] }[];
  /** The guides before and after it in that order. */
  prev?: { href: string; title: string };
  next?: { href: string; title: string };
  activities: LinkItem[];
}

/** What a guide's page reads of the content graph (Site, or a stand-in in tests). */
interface GuideContent {
  guides: readonly Guide[];
  guide: Site['guide'];
}

export function guideView(site: GuideContent, guide: Guide): GuideView {
  const groups = guidesBySection(site.guides, GUIDE_SECTIONS);
  const { prev, next } = neighbours(groups, guide.id);
  const link = (other: Guide | undefined) => other && { href: entryPath(other), title: other.data.title };
  return {
    trail: breadcrumbs(guide),
    groups,
    prev: link(prev),
    next: link(next),
    activities: site.guide.activities(guide).map((a) => ({ href: entryPath(a), label: a.data.title })),
  };
}
