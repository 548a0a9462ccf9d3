import { describe, expect, it } from 'vitest';
import { adjacent, ancestors, backlinks, resolve } from '@/lib/content/relations';

const ref = (id: string, collection = 'merchants') => ({ id, collection });
const stories = [
  { id: 'a', merchants: [ref('cuige-zhubao'), ref('leijing-yuju')] },
  { id: 'b', merchants: [ref('cuige-zhubao')] },
  { id: 'c', merchants: [] },
];

describe('backlinks', () => {
  it('lists, for each shop, the stories that name it, in story order', () => {
    const index = backlinks(stories, (story) => story.merchants);
    expect(index.get('cuige-zhubao')?.map((s) => s.id)).toEqual(['a', 'b']);
    expect(index.get('leijing-yuju')?.map((s) => s.id)).toEqual(['a']);
    expect(index.has('xijinghao')).toBe(false);
  });
  it('takes a single optional reference as well as a list', () => {
    const merchants = [{ id: 'm1', branch: ref('z', 'branches') }, { id: 'm2', branch: undefined }];
    expect(backlinks(merchants, (m) => m.branch).get('z')?.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('resolve', () => {
  it('returns entries in the order of the references', () => {
    const all = new Map([['x', { id: 'x' }], ['y', { id: 'y' }]]);
    expect(resolve([ref('y'), ref('x')], all).map((e) => e.id)).toEqual(['y', 'x']);
    expect(resolve(undefined, all)).toEqual([]);
  });
});

describe('ancestors', () => {
  const parents: Record<string, string | undefined> = { zhibu: 'zongzhi', zongzhi: 'dangwei', dangwei: 'dangongwei', dangongwei: undefined };
  const node = (id: string) => ({ id });
  it('walks up to the root, nearest first', () => {
    const parentOf = (n: { id: string }) => (parents[n.id] ? node(parents[n.id]!) : undefined);
    expect(ancestors(node('zhibu'), parentOf).map((n) => n.id)).toEqual(['zongzhi', 'dangwei', 'dangongwei']);
  });
  it('stops at a loop', () => {
    const loop: Record<string, string> = { a: 'b', b: 'a' };
    expect(ancestors(node('a'), (n) => node(loop[n.id]!)).map((n) => n.id)).toEqual(['b']);
  });
});

describe('adjacent', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives the entries either side, none past the ends', () => {
    expect(adjacent(list, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(adjacent(list, 'a')).toEqual({ prev: undefined, next: { id: 'b' } });
    expect(adjacent(list, 'x')).toEqual({});
  });
});
