import { describe, expect, it } from 'vitest';
import { breadcrumbs, sectionTrail } from '@/lib/views/breadcrumbs';

describe('sectionTrail', () => {
  it('is the home page alone above a section index, in the page’s language', () => {
    expect(sectionTrail('home')).toEqual([{ label: '首页', href: '/' }]);
    expect(sectionTrail('home', 'en')).toEqual([{ label: 'Home', href: '/en/' }]);
  });

  it('adds the section with its registry label', () => {
    expect(sectionTrail('activities', 'en')).toEqual([
      { label: 'Home', href: '/en/' },
      { label: 'Activities', href: '/en/activities/' },
    ]);
  });
});

describe('breadcrumbs', () => {
  it('leads from home to the section that shows the entry’s collection', () => {
    expect(breadcrumbs({ collection: 'merchants' })).toEqual([
      { label: '首页', href: '/' },
      { label: '示范商户', href: '/merchants/' },
    ]);
    // Guides are shown under /learn/.
    expect(breadcrumbs({ collection: 'guides' })[1]).toEqual({ label: '商户课堂', href: '/learn/' });
    expect(breadcrumbs({ collection: 'merchants' }, 'en')[1]).toEqual({ label: 'Model shops', href: '/en/merchants/' });
  });

  it('adds parents inside the section after it', () => {
    const parents = [{ label: '上级党委', href: '/branches/top/' }];
    expect(breadcrumbs({ collection: 'branches' }, 'zh-CN', parents)).toEqual([
      { label: '首页', href: '/' },
      { label: '党组织', href: '/branches/' },
      { label: '上级党委', href: '/branches/top/' },
    ]);
  });
});
