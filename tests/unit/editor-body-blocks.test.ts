import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../editor/body-blocks';
import { fixtureDir } from '../support/build';

const block = (id: string) => bodyBlocks.find((entry) => entry.id === id)!;

describe('the body editor’s blocks', () => {
  it('read the blocks as the guides write them', () => {
    const guide = readFileSync(`${fixtureDir('basics')}/guides/test-guide.mdx`, 'utf8');
    for (const { id, pattern } of bodyBlocks) if (guide.includes(`<${id[0]!.toUpperCase()}${id.slice(1)}`)) expect(guide, id).toMatch(pattern);
  });

  it.each([
    ['callout', { type: 'warning', title: '三件事不能做', body: '- 不要堵塞通道\n- 不要私拉电线' }],
    ['steps', { body: '1. 第一步\n2. 第二步' }],
    ['checklist', { id: 'meiri-jiancha', title: '每日检查', body: '- 灭火器\n- 电线' }],
  ])('write back what they read: %s', (id, data) => {
    const text = block(id).toBlock(data);
    const match = text.match(block(id).pattern)!;
    expect(match).not.toBeNull();
    expect(block(id).fromBlock(match)).toEqual(data);
  });

  it('write a Callout as the site’s component takes it', () => {
    expect(block('callout').toBlock({ type: 'tip', title: '', body: '文字' })).toBe('<Callout type="tip">\n\n文字\n\n</Callout>');
  });
});
