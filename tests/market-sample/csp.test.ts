/**
 * The Content-Security-Policy of the built site (src/lib/security-headers.ts): one <meta> policy at the
 * top of every page, strict for scripts, naming the hash of every inline script and style the page
 * has; and deploy files that say what that module says. Hashes are computed here, from the pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../../scripts/lib/free-port';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, projectRoot, type BuildResult } from '../support/build';
import { builtPages, fileOf } from '../support/dist';
import { marketSample } from '../support/sites';
import {
  builtSitePolicy,
  deployFiles,
  headerOnlyDirectives,
  inlineScripts,
  netlifyHeaders,
  pageDirectives,
  parsePolicy,
  scriptSources,
  securityHeaders,
  styleSources,
} from '@/lib/security-headers';

let result: BuildResult;
/** The policy of the built site's pages (what the deploy files carry). */
let sitePolicyOfBuild: string;
const pages: { route: string; $: CheerioAPI }[] = [];

beforeAll(() => {
  result = builtSite(marketSample);
  sitePolicyOfBuild = builtSitePolicy(result.outDir);
  for (const route of builtPages(result.outDir)) pages.push({ route, $: load(readFileSync(fileOf(result.outDir, route), 'utf8')) });
});

/** The way a browser hashes an inline script or style for CSP: SHA-256 of its text as UTF-8, in base64. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
const cspMeta = ($: CheerioAPI) => $('meta').filter((_, meta) => $(meta).attr('http-equiv')?.toLowerCase() === 'content-security-policy');
const policyOf = ($: CheerioAPI) => parsePolicy(cspMeta($).attr('content') ?? '');
/** Inline scripts a browser runs (JSON-LD and other JSON are data: CSP does not apply to them). */
const runnable = ($: CheerioAPI) => $('script:not([src])').filter((_, script) => !/json/i.test($(script).attr('type') ?? ''));

describe('the Content-Security-Policy of every page', () => {
  it('is one <meta> at the top of <head>: before any script, style or stylesheet, after the charset only', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const { route, $ } of pages) {
      expect(cspMeta($), route).toHaveLength(1);
      const before = cspMeta($).prevAll().toArray();
      expect(cspMeta($).parent().is('head'), route).toBe(true);
      expect(before.map((element) => $.html(element)), route).toEqual(['<meta charset="utf-8">']);
    }
  });

  it('runs scripts only from the site itself or listed by hash: no unsafe-inline, no unsafe-eval, no other host', () => {
    for (const { route, $ } of pages) {
      const policy = policyOf($);
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive) ?? [];
        expect(sources.filter((source) => !isHash(source)), `${route} ${directive}`).toEqual(directive === 'script-src' ? [...scriptSources] : [...styleSources]);
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) expect(sources, `${route} ${directive}`).not.toContain(unsafe);
      }
      // No directive lets in another host, a scheme (data:, blob:, https:) or a wildcard: only these keywords and hashes.
      for (const [directive, sources] of policy) {
        const other = sources.filter((source) => !isHash(source) && !["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source));
        expect(other, `${route} ${directive}`).toEqual([]);
      }
    }
  });

  it('has the directives src/lib/security-headers.ts gives every page, and none only a header can carry', () => {
    for (const { route, $ } of pages) {
      const policy = policyOf($);
      for (const directive of pageDirectives) {
        const [name, ...sources] = directive.split(' ');
        expect(policy.get(name!), `${route} ${name}`).toEqual(sources);
      }
      for (const directive of headerOnlyDirectives) expect(policy.has(directive.split(' ')[0]!), route).toBe(false);
    }
  });

  it('lists the hash of every inline script and inline style on the page', () => {
    let scripts = 0;
    for (const { route, $ } of pages) {
      const policy = policyOf($);
      runnable($).each((_, script) => {
        scripts += 1;
        const text = $(script).text();
        expect(
          policy.get('script-src'),
          `${route}: an inline script is not in the page's policy, so browsers will not run it. Make it a processed <script> (Astro hashes those), or render it with set:html from an exported constant listed in inlineScripts (src/lib/security-headers.ts):\n${text.slice(0, 200)}`,
        ).toContain(hashOf(text));
      });
      $('style').each((_, style) => {
        expect(policy.get('style-src'), `${route}: an inline <style> is not in the page's policy:\n${$(style).text().slice(0, 200)}`).toContain(hashOf($(style).text()));
      });
    }
    // The shop directory's island, the guides' checklist and the placard's print button are inline.
    expect(scripts).toBeGreaterThan(0);
  });

  it('has no code or styles the policy would block: no style="" attributes, no on… handlers, no javascript: links', () => {
    for (const { route, $ } of pages) {
      $('*').each((_, element) => {
        if (!('attribs' in element)) return;
        for (const name of Object.keys(element.attribs)) {
          expect(name, `${route} <${element.name} ${name}>`).not.toMatch(/^(style|on\w+)$/i);
        }
      });
      expect($('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]'), route).toHaveLength(0);
    }
  });

  it('lists no inline script that no page has any more (inlineScripts in src/lib/security-headers.ts)', () => {
    const onPages = new Set(pages.flatMap(({ $ }) => runnable($).toArray().map((script) => $(script).text())));
    for (const text of inlineScripts) expect(onPages.has(text), `inlineScripts lists a script no page renders:\n${text.slice(0, 200)}`).toBe(true);
  });
});

describe('the security headers for hosts', () => {
  it('deploy/ holds what src/lib/security-headers.ts and the built pages say (run `npm run build && npm run deploy:headers`)', () => {
    for (const [name, text] of Object.entries(deployFiles(sitePolicyOfBuild))) {
      expect(readFileSync(path.join(projectRoot, 'deploy', name), 'utf8'), `deploy/${name} is out of date: run npm run build && npm run deploy:headers`).toBe(text);
    }
  });

  it('the build puts the same _headers in the site for Netlify and Cloudflare Pages', () => {
    expect(readFileSync(path.join(result.outDir, '_headers'), 'utf8')).toBe(netlifyHeaders(sitePolicyOfBuild));
    expect(readFileSync(path.join(projectRoot, 'deploy/_headers'), 'utf8')).toBe(readFileSync(path.join(result.outDir, '_headers'), 'utf8'));
  });

  it("the header policy is every page's own policy, hashes and all, plus what only a header can carry: no unsafe-inline", () => {
    const header = parsePolicy(Object.fromEntries(securityHeaders(sitePolicyOfBuild))['Content-Security-Policy']!);
    for (const { route, $ } of pages) {
      const expected = new Map(policyOf($));
      for (const directive of headerOnlyDirectives) {
        const [name, ...sources] = directive.split(' ');
        expected.set(name!, sources);
      }
      expect(Object.fromEntries(header), route).toEqual(Object.fromEntries(expected));
    }
    for (const directive of ['script-src', 'style-src']) expect(header.get(directive), directive).not.toContain("'unsafe-inline'");
  });

  it('says which referrer, features and content types to allow', () => {
    const headers = Object.fromEntries(securityHeaders(sitePolicyOfBuild));
    expect(headers['Referrer-Policy']).toMatch(/^(same-origin|no-referrer|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
    expect(parsePolicy(headers['Content-Security-Policy']!).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

/** nginx when it is installed (apt-get install nginx): the snippet must load and serve the site. */
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => spawnSync(file, ['-v']).status === 0);

describe.skipIf(!nginx)('deploy/nginx.conf in a real nginx', () => {
  it('loads, and serves pages, the 404 page and built assets with the headers', async () => {
    const port = await freePort();
    const prefix = mkdtempSync(path.join(tmpdir(), 'yuyuan-nginx-'));
    const config = path.join(prefix, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${prefix}/${kind};`).join(' ');
    writeFileSync(
      config,
      `daemon off; master_process off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;
      events {}
      http {
        include /etc/nginx/mime.types; access_log off; ${temp}
        server { listen 127.0.0.1:${port}; root ${result.outDir}; include ${path.join(projectRoot, 'deploy/nginx.conf')}; }
      }`,
    );
    const check = spawnSync(nginx!, ['-t', '-c', config, '-p', prefix], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);

    const server = spawn(nginx!, ['-c', config, '-p', prefix], { stdio: 'ignore' });
    try {
      const origin = `http://127.0.0.1:${port}`;
      const fetchWhenUp = async (url: string): Promise<Response> => {
        for (let attempt = 0; ; attempt += 1) {
          try {
            return await fetch(url, { redirect: 'manual' });
          } catch (error) {
            if (attempt > 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      };
      const expectSecurityHeaders = (response: Response, what: string) => {
        for (const [name, value] of securityHeaders(sitePolicyOfBuild)) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
      };

      const home = await fetchWhenUp(`${origin}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('content-security-policy');
      expectSecurityHeaders(home, '/');

      const missing = await fetch(`${origin}/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(path.join(result.outDir, '404.html'), 'utf8'));
      expectSecurityHeaders(missing, '404');

      const noSlash = await fetch(`${origin}/about`, { redirect: 'manual' });
      expect(noSlash.status).toBe(301);
      expect(noSlash.headers.get('location')).toBe('/about/');

      const stylesheet = load(readFileSync(fileOf(result.outDir, '/'), 'utf8'))('link[rel="stylesheet"]').attr('href')!;
      expect(stylesheet).toMatch(/^\/_astro\//);
      const asset = await fetch(`${origin}${stylesheet}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expectSecurityHeaders(asset, stylesheet);

      expect((await fetch(`${origin}/_headers`)).status).toBe(404);
    } finally {
      server.kill();
    }
  });
});

