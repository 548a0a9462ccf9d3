/** The site data's footer parts: filing numbers, the account's QR image, the contact line. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '@/lib/schema/collections';
import { image } from '../support/schema-context';

// The basics fixture's site data without its footer parts (it sets all three).
const { registration: _registration, contact: _contact, ...fixture } = load(readFileSync(new URL('../fixtures/basics/site.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;
const { qr: _qr, ...wechat } = fixture.wechat as Record<string, unknown>;
fixture.wechat = wechat;
const parse = (changes: Record<string, unknown>) => siteSchema({ image }).safeParse({ ...fixture, ...changes });
const issues = (changes: Record<string, unknown>) => parse(changes).error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];

describe('site data: footer parts', () => {
  it('leaves filing numbers, QR and contact unset when not written', () => {
    const result = parse({});
    expect(result.success).toBe(true);
    expect(result.data!.registration).toEqual({});
    expect(result.data!.wechat.qr).toBeUndefined();
    expect(result.data!.contact).toBeUndefined();
  });
  it('accepts real-looking filing numbers', () => {
    const result = parse({ registration: { icp: '沪ICP备12345678号-1', police: '沪公网安备31010102001234号' } });
    expect(result.data?.registration).toEqual({ icp: '沪ICP备12345678号-1', police: '沪公网安备31010102001234号' });
  });
  it('refuses a malformed ICP number with a bilingual message that shows the right form', () => {
    const [issue, ...rest] = issues({ registration: { icp: '沪ICP 12345678' } });
    expect(rest).toEqual([]);
    expect(issue!.path).toBe('registration.icp');
    expect(issue!.message).toContain('沪ICP备12345678号');
    expect(issue!.message).toContain('ICP备案号格式不对');
    expect(issue!.message).toContain('write the ICP filing number');
  });
  it('refuses a public-security number with the wrong number of digits', () => {
    const [issue] = issues({ registration: { police: '沪公网安备3101010200123号' } });
    expect(issue!.path).toBe('registration.police');
    expect(issue!.message).toContain('14位数字');
    expect(issue!.message).toContain('14 digits');
  });
  it('refuses an unknown key under registration, naming the allowed ones', () => {
    expect(issues({ registration: { beian: '沪ICP备12345678号' } }).map((issue) => issue.path)).toEqual(['registration']);
  });
  it('takes the QR code as an image next to site.yaml, never a URL', () => {
    expect(parse({ wechat: { ...(fixture.wechat as object), qr: { src: './images/qr.png' } } }).success).toBe(true);
    const [issue] = issues({ wechat: { ...(fixture.wechat as object), qr: { src: 'https://example.com/qr.png' } } });
    expect(issue!.path).toBe('wechat.qr.src');
    expect(issue!.message).toContain('./');
    const [bare] = issues({ wechat: { ...(fixture.wechat as object), qr: './images/qr.png' } });
    expect(bare!.path).toBe('wechat.qr');
    expect(bare!.message).toContain('qr: { src: ./images/');
  });
});
