/**
 * What a party organisation's page (/branches/<id>/) shows, worked out from the content graph:
 * its trail, its parent, the lists of related entries and its schema.org Organization. Pure.
 */
import type { Branch, Site } from '@/lib/content/site';
import { absoluteUrl, entryPath } from '@/lib/routes';
import { organizationJsonLd, type OrganizationRef } from '@/lib/structured-data';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { LinkItem } from './links';

export interface BranchView {
  trail: Crumb[];
  parent?: { href: string; name: string };
  children: LinkItem[];
  merchants: LinkItem[];
  activities: LinkItem[];
  stories: LinkItem[];
  /** The schema.org Organization, with its chain of parents and the organisations under it. */
  organization: Record<string, unknown>;
}

/** `siteUrl`: the published address (Astro.site), for the structured data's absolute URLs. */
export function branchView(site: Pick<Site, 'branch'>, branch: Branch, siteUrl: URL | string | undefined): BranchView {
  const parent = site.branch.parent(branch);
  const children = site.branch.children(branch);
  // Nearest first, up to the top of the chain.
  const ancestors = site.branch.ancestors(branch);
  const organizationOf = (b: Branch): OrganizationRef => ({ url: absoluteUrl(entryPath(b), siteUrl), name: b.data.name, alternateName: b.data.nameEn });
  return {
    trail: breadcrumbs(branch, 'zh-CN', [...ancestors].reverse().map((b) => ({ label: b.data.name, href: entryPath(b) }))),
    parent: parent && { href: entryPath(parent), name: parent.data.name },
    children: children.map((b) => ({ href: entryPath(b), label: b.data.name, note: b.data.kind })),
    merchants: site.branch.merchants(branch).map((m) => ({ href: entryPath(m), label: m.data.name })),
    activities: site.branch.activities(branch).map((a) => ({ href: entryPath(a), label: a.data.title })),
    stories: site.branch.stories(branch).map((s) => ({ href: entryPath(s), label: s.data.title })),
    organization: organizationJsonLd({
      ...organizationOf(branch),
      description: branch.data.summary.zh,
      foundingDate: branch.data.founded,
      ancestors: ancestors.map(organizationOf),
      children: children.map(organizationOf),
    }),
  };
}
