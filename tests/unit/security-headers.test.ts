import { describe, expect, it } from 'vitest';
import {
  astroCspConfig,
  cspHash,
  cspMetaFirst,
  headerOnlyDirectives,
  headerPolicy,
  inlineScripts,
  netlifyHeaders,
  nginxSnippet,
  pageDirectives,
  parsePolicy,
  pagePolicyOf,
  securityHeaders,
  sitePolicy,
} from '@/lib/security-headers';

describe('cspHash', () => {
  it('hashes a script the way browsers do (the example of the CSP specification)', () => {
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('hashes the UTF-8 bytes, so Chinese text in a script hashes as the browser sees it', () => {
    expect(cspHash('你好')).toBe(`sha256-${Buffer.from('670d9743542cae3ea7ebe36af56bd53648b0a1126162e78d81a32934a711302e', 'hex').toString('base64')}`);
  });
});

describe('astroCspConfig', () => {
  it('gives Astro the page directives, the script and style sources, and a hash per listed inline script', () => {
    const config = astroCspConfig();
    expect(config.directives).toEqual([...pageDirectives]);
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(config.scriptDirective.hashes).toEqual(inlineScripts.map(cspHash));
    expect(config.styleDirective.resources).toEqual(["'self'"]);
  });

  it('leaves out unsafe-inline and unsafe-eval, and the directives a <meta> cannot carry', () => {
    const text = JSON.stringify(astroCspConfig());
    expect(text).not.toContain('unsafe-inline');
    expect(text).not.toContain("'unsafe-eval'");
    expect(text).not.toContain('frame-ancestors');
  });
});

describe('parsePolicy', () => {
  it('reads directives and their sources, names in lower case, the first of a repeated directive winning', () => {
    const policy = parsePolicy("default-src 'self';IMG-SRC 'self'  data: ; ;script-src 'none'; script-src *");
    expect(Object.fromEntries(policy)).toEqual({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'script-src': ["'none'"] });
  });
});

/** A page policy as Astro writes it: the page directives, then script-src and style-src with hashes. */
const pagePolicy = `${pageDirectives.join(';')};script-src 'self' 'wasm-unsafe-eval' 'sha256-aaa='; style-src 'self' 'sha256-bbb=';`;

describe('sitePolicy', () => {
  it('merges the pages\' policies directive by directive, each source once, in the order first seen', () => {
    const merged = parsePolicy(sitePolicy(["script-src 'self' 'sha256-a='; img-src 'self'", "script-src 'self' 'sha256-b='; object-src 'none'", "script-src 'sha256-a='"]));
    expect(Object.fromEntries(merged)).toEqual({ 'script-src': ["'self'", "'sha256-a='", "'sha256-b='"], 'img-src': ["'self'"], 'object-src': ["'none'"] });
  });
});

describe('headerPolicy', () => {
  const policy = parsePolicy(headerPolicy(pagePolicy));

  it("is the pages' policy with its hashes (no unsafe-inline), plus the header-only directives", () => {
    for (const directive of [...pageDirectives, ...headerOnlyDirectives]) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name!), name).toEqual(sources);
    }
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-aaa='"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-bbb='"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy(pagePolicy)).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe('pagePolicyOf', () => {
  it('reads the policy of a page, undoing HTML escapes', () => {
    expect(pagePolicyOf(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`)).toBe("script-src 'self';");
    expect(pagePolicyOf('<head><title>t</title></head>')).toBeUndefined();
  });
});

describe('the deploy files', () => {
  it('_headers: every header under /* on its own indented line, and /_astro/ cached for good', () => {
    const lines = netlifyHeaders(pagePolicy).split('\n');
    const all = lines.indexOf('/*');
    expect(all).toBeGreaterThan(0);
    for (const line of lines.slice(0, all)) expect(line).toMatch(/^# /);
    const [name, value] = securityHeaders(pagePolicy)[0]!;
    expect(lines[all + 1]).toBe(`  ${name}: ${value}`);
    for (const [header, text] of securityHeaders(pagePolicy)) expect(lines).toContain(`  ${header}: ${text}`);
    expect(netlifyHeaders(pagePolicy)).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('nginx.conf: the security headers in the server block and again in /_astro/ (add_header is not inherited there)', () => {
    const text = nginxSnippet(pagePolicy);
    for (const [name, value] of securityHeaders(pagePolicy)) {
      expect(value, name).not.toContain('"');
      expect(text.split(`add_header ${name} "${value}" always;`)).toHaveLength(3);
    }
    expect(text).toContain('error_page 404 /404.html;');
    expect(text).toMatch(/location \/_astro\/ \{[^}]*add_header Cache-Control "public, max-age=31536000, immutable" always;/);
  });
});

describe('cspMetaFirst', () => {
  const meta = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc=';">`;

  it('moves the policy from the end of <head> to just after the charset', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script type="module" src="/a.js"></script>${meta}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(cspMetaFirst(html)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}<title>t</title><script type="module" src="/a.js"></script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('puts it first in <head> without a charset, and leaves a page without a policy as it is', () => {
    expect(cspMetaFirst(`<html><head><title>t</title>${meta}</head></html>`)).toBe(`<html><head>${meta}<title>t</title></head></html>`);
    const plain = '<html><head><title>t</title></head></html>';
    expect(cspMetaFirst(plain)).toBe(plain);
  });

  it('gives the same page when run twice', () => {
    const html = `<html><head><meta charset="utf-8"><title>t</title>${meta}</head></html>`;
    expect(cspMetaFirst(cspMetaFirst(html))).toBe(cspMetaFirst(html));
  });
});
