/**
 * The site's security policy, in one place. astro.config.mjs gives the Content-Security-Policy to
 * Astro, which writes it into every page as a <meta> with the hashes of that page's scripts and
 * styles; `npm run deploy:headers` writes the same policy and the other security headers into
 * deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf, and the build writes dist/_headers.
 * tests/market-sample/csp.test.ts checks that the pages and those files say what this module says.
 *
 * Build-time only (it hashes with node:crypto): no page script imports it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEXT_SIZE_HEAD_SCRIPT } from './text-size/head-script';

/**
 * The text of every `<script is:inline>` the site renders, exactly as rendered (write the script as
 * `<script is:inline set:html={TEXT} />` with TEXT an exported constant, and list TEXT here).
 * Astro hashes its own scripts (bundled, inlined, islands) but not these: their hashes go into the
 * policy of every page from this list, and the build test fails naming any inline script left out.
 */
export const inlineScripts: readonly string[] = [
  // The large-text choice, applied before the first paint (src/components/ReaderComfortHead.astro).
  TEXT_SIZE_HEAD_SCRIPT,
];

/**
 * script-src besides the hashes Astro adds: the site's own files, and WebAssembly compilation, which
 * Pagefind's search needs. 'wasm-unsafe-eval' allows only WebAssembly, never eval() or new Function().
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src besides Astro's hashes: the site's own stylesheets. No page has a style="" attribute. */
export const styleSources = ["'self'"] as const;

/**
 * Every other directive of the page policy (Astro's `security.csp.directives`). Each kind of resource
 * the site loads is named, all from the site itself: pictures are files under /_astro/ and the QR code
 * is inline SVG, so no data: images; search fetches its index and WebAssembly from /pagefind/.
 */
export const pageDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Directives only an HTTP header can carry (browsers ignore frame-ancestors in a <meta>), and
 * upgrade-insecure-requests, kept out of the pages so a local preview over plain http still loads.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'", 'upgrade-insecure-requests'] as const;

/** A CSP source for a script or style text: 'sha256-…' (without the quotes), as Astro writes them. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** `security.csp` for astro.config.mjs. */
export function astroCspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...pageDirectives],
    scriptDirective: { resources: [...scriptSources], hashes: inlineScripts.map(cspHash) },
    styleDirective: { resources: [...styleSources] },
  };
}

/**
 * The policy of a whole built site: every page's <meta> policy merged directive by directive (sources
 * in the order first seen), so one header fits every page. Astro lists the hashes of all the site's
 * scripts and styles on every page, so in practice the pages' policies are the same already.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The Content-Security-Policy header: the built pages' own policy, hashes and all (no 'unsafe-inline'
 * here either), plus the directives only a header can carry.
 */
export function headerPolicy(pagePolicy: string): string {
  const page = parsePolicy(pagePolicy);
  const headerOnly = headerOnlyDirectives.filter((directive) => !page.has(directive.split(' ')[0]!));
  return [sitePolicy([pagePolicy]), ...headerOnly].join('; ');
}

/** Browser features no page uses, switched off for the site and anything it might embed. */
export const deniedFeatures = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
] as const;

/** The headers every response gets, in the order the deploy files list them; `pagePolicy`: see builtSitePolicy. */
export function securityHeaders(pagePolicy: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerPolicy(pagePolicy)],
    // No referrer to other sites (maps, government pages): they need not learn which page a visitor read.
    ['Referrer-Policy', 'same-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', deniedFeatures.map((feature) => `${feature}=()`).join(', ')],
    // Browsers keep to HTTPS for a year once they saw the site over HTTPS (ignored over plain http).
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Built files whose names carry a hash of their content: they never change, so caches may keep them. */
export const immutablePath = '/_astro/';
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** The comment at the top of each deploy file. */
const deployFileNote = [
  'Written by `npm run deploy:headers` from src/lib/security-headers.ts and the built site: edit that',
  'module, not this file. The Content-Security-Policy is the one every built page carries in its <meta>,',
  "with the hashes of the site's scripts and styles: after changing any script or style, run",
  '`npm run build && npm run deploy:headers` (tests/market-sample/csp.test.ts fails while this file is out of date).',
  'Serve the site over HTTPS: upgrade-insecure-requests and HSTS make browsers fetch everything over https.',
].map((line) => `# ${line}`);

/** deploy/_headers (and dist/_headers): the headers file Netlify and Cloudflare Pages read from the publish folder. */
export function netlifyHeaders(pagePolicy: string): string {
  const lines = [...deployFileNote, '/*', ...securityHeaders(pagePolicy).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push(`${immutablePath}*`, `  Cache-Control: ${immutableCacheControl}`);
  return `${lines.join('\n')}\n`;
}

/** deploy/nginx.conf: a snippet to include in the server block whose root is the built dist/ folder. */
export function nginxSnippet(pagePolicy: string): string {
  const headers = (indent: string) => securityHeaders(pagePolicy).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  return `${[
    ...deployFileNote,
    '#',
    '# Include inside the server { } block that serves the built site, for example:',
    '#   root /srv/yuyuan/dist;',
    '#   include /etc/nginx/snippets/yuyuan.conf;',
    '',
    'index index.html;',
    '# /about → /about/ as a relative redirect, so it keeps the scheme and host the visitor used (behind a proxy too).',
    'absolute_redirect off;',
    '# Astro builds the not-found page as /404.html.',
    'error_page 404 /404.html;',
    '',
    '# nginx drops the add_header lines of the server block in any location with add_header lines of its',
    '# own, so the security headers are repeated in each location below.',
    ...headers(''),
    '',
    'location / {',
    '    try_files $uri $uri/ =404;',
    '}',
    '',
    '# Netlify and Cloudflare Pages read this file; here it is not a page.',
    'location = /_headers {',
    '    return 404;',
    '}',
    '',
    `location ${immutablePath} {`,
    ...headers('    '),
    `    add_header Cache-Control "${immutableCacheControl}" always;`,
    '    try_files $uri =404;',
    '}',
  ].join('\n')}\n`;
}

/** Astro's CSP <meta>, as it renders it. */
const cspMetaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The policy in a page's CSP <meta> (HTML-escaped quotes undone), or undefined. */
export function pagePolicyOf(html: string): string | undefined {
  return cspMetaPattern.exec(html)?.[1]?.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The policy of a built site (its folder): sitePolicy of all its pages' <meta> policies. */
export function builtSitePolicy(distDir: string): string {
  // A Set: pages share one policy, and each match would otherwise keep its page's whole HTML alive.
  const policies = new Set<string>();
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    const policy = file.endsWith('.html') ? pagePolicyOf(readFileSync(path.join(distDir, file), 'utf8')) : undefined;
    if (policy !== undefined) policies.add(policy);
  }
  if (policies.size === 0) throw new Error(`no page in ${distDir} has a Content-Security-Policy <meta>: build the site first (npm run build)`);
  return sitePolicy([...policies]);
}

/**
 * Moves Astro's CSP <meta> (which it writes at the end of <head>) to just after <meta charset>: a
 * policy in a <meta> covers only what comes after it, so it must come before any script or stylesheet.
 * The charset declaration stays first (browsers look for it in the first 1024 bytes).
 */
export function cspMetaFirst(html: string): string {
  const meta = cspMetaPattern.exec(html)?.[0];
  if (!meta) return html;
  const rest = html.replace(meta, '');
  const top = /<head>(<meta charset="[^"]*">)?/.exec(rest);
  if (!top) return html;
  const at = top.index + top[0].length;
  return rest.slice(0, at) + meta + rest.slice(at);
}

/** A policy as directive name → its sources, for checking one against another. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The files in deploy/, by name: what `npm run deploy:headers` writes and the build test compares. */
export function deployFiles(pagePolicy: string): Record<string, string> {
  return { _headers: netlifyHeaders(pagePolicy), 'nginx.conf': nginxSnippet(pagePolicy) };
}
