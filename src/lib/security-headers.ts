/**
 * The site's security policy, in one place. astro.config.mjs gives the Content-Security-Policy to
 * Astro, which writes it into every page as a <meta> with the hashes of that page's scripts and
 * styles; `npm run deploy:headers` writes the same policy and the other security headers into
 * deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf, and the build writes dist/_headers.
 * tests/build/csp.test.ts checks that the pages and those files say what this module says.
 *
 * Build-time only (it hashes with node:crypto): no page script imports it.
 */
import { createHash } from 'node:crypto';
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
 * The Content-Security-Policy header. A host cannot send each page its own hashes, so the header's
 * script-src and style-src allow inline code and the page's <meta> policy names which: a browser
 * enforces both policies and runs only what each allows, so inline code runs only when the page lists
 * its hash (with hashes in a policy, that policy ignores 'unsafe-inline'). Everything else is the
 * same as in the page policy, plus the directives only a header can carry.
 */
export function headerPolicy(): string {
  return [
    ...pageDirectives,
    `script-src ${[...scriptSources, "'unsafe-inline'"].join(' ')}`,
    `style-src ${[...styleSources, "'unsafe-inline'"].join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
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

/** The headers every response gets, in the order the deploy files list them. */
export function securityHeaders(): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerPolicy()],
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
  'Written by `npm run deploy:headers` from src/lib/security-headers.ts: edit that, not this file.',
  "Content-Security-Policy: each page also carries the policy in a <meta>, with the hashes of its own",
  "scripts and styles. Browsers enforce both policies, so the 'unsafe-inline' here lets nothing run that",
  "the page's policy does not list by hash.",
  'Serve the site over HTTPS: upgrade-insecure-requests and HSTS make browsers fetch everything over https.',
].map((line) => `# ${line}`);

/** deploy/_headers (and dist/_headers): the headers file Netlify and Cloudflare Pages read from the publish folder. */
export function netlifyHeaders(): string {
  const lines = [...deployFileNote, '/*', ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`)];
  lines.push(`${immutablePath}*`, `  Cache-Control: ${immutableCacheControl}`);
  return `${lines.join('\n')}\n`;
}

/** deploy/nginx.conf: a snippet to include in the server block whose root is the built dist/ folder. */
export function nginxSnippet(): string {
  const headers = (indent: string) => securityHeaders().map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
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
const cspMetaPattern = /<meta http-equiv="content-security-policy" content="[^"]*">/;

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
export function deployFiles(): Record<string, string> {
  return { _headers: netlifyHeaders(), 'nginx.conf': nginxSnippet() };
}
