/**
 * Loaders for the content collections: Astro's glob() and a one-file loader for site data,
 * each made strict where Astro only warns or stays silent: a duplicate id, an impossible day,
 * a missing image named with its entry and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { contentDir } from '../env';
import { buildTime } from '../build-time';
import { ContentProblemError, duplicateIdProblem, formatProblem } from './problems';
import { checkEntryFile, yamlSyntaxProblem } from './entry-checks';
import { ENTRY_FILES, findStrayFiles, findStrayTopLevel } from './collection-files';
import { checkContent } from './check';
import type { CollectionName } from '../sections';


function relativeToRoot(root: URL, absoluteFile: string): string {
  return path.relative(fileURLToPath(root), absoluteFile).split(path.sep).join('/');
}

// Lives in ./problems so that `npm run check:content` reports it without importing Astro.
export { duplicateIdProblem };

const wholeChecks = new WeakMap<object, Promise<void>>();

/**
 * A build first checks the whole content folder exactly as `npm run check:content` does (once, whichever
 * loader starts first), so it stops at once, before anything is bundled, naming every problem of every
 * file. In `astro dev` (a watcher) each file is checked as it is loaded and changed instead.
 */
function checkWholeContent({ config, logger, watcher }: Pick<LoaderContext, 'config' | 'logger' | 'watcher'>): Promise<void> {
  if (watcher) return Promise.resolve();
  let checked = wholeChecks.get(config);
  if (!checked) {
    checked = Promise.resolve().then(() => {
      const { errors, warnings } = checkContent(contentDir(), { root: fileURLToPath(config.root), now: buildTime });
      for (const warning of warnings) logger.warn(formatProblem(warning));
      if (errors.length > 0) throw new ContentProblemError(errors);
    });
    wholeChecks.set(config, checked);
  }
  return checked;
}

/**
 * Astro's glob() loader over the collection's entry files (ENTRY_FILES), but every problem
 * `npm run check:content` finds in a file stops the build, and so does a file that is not an entry.
 */
export function checkedGlob(collection: CollectionName): Loader {
  const base = `${contentDir()}/${collection}`;
  const rules = ENTRY_FILES[collection]!;
  const inner = glob({ pattern: rules.pattern, base });
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      const { store, config } = context;
      await checkWholeContent(context);
      const baseDir = fileURLToPath(new URL(`${base}/`, config.root));
      const stray = context.watcher ? findStrayFiles(baseDir, rules, (absolute) => relativeToRoot(config.root, absolute)) : [];
      if (stray.length > 0) throw new ContentProblemError(stray);
      const checkedStore = new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<typeof store.set>[0]) => {
              const existing = target.get(entry.id);
              // A cached entry from a file that is gone, or from another content folder, is not a duplicate.
              const existingFile = existing?.filePath ? fileURLToPath(new URL(existing.filePath, config.root)) : undefined;
              if (existingFile && entry.filePath && existing!.filePath !== entry.filePath && existingFile.startsWith(baseDir) && existsSync(existingFile)) {
                throw new ContentProblemError([duplicateIdProblem(collection, entry.id, existing!.filePath!, entry.filePath)]);
              }
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const parseData: LoaderContext['parseData'] = async (props) => {
        // (A build has checked every file already: checkWholeContent.)
        if (props.filePath && context.watcher) {
          const file = relativeToRoot(config.root, props.filePath);
          // The same per-file checks as `npm run check:content` (src/lib/content/entry-checks.ts):
          // impossible days, missing images, unsafe links, hard line breaks; warnings do not stop the build.
          const { errors, warnings } = checkEntryFile({
            file,
            text: readFileSync(props.filePath, 'utf8'),
            data: props.data,
            entryDir: path.dirname(props.filePath),
            exists: existsSync,
            now: new Date(),
          });
          if (errors.length > 0) throw new ContentProblemError(errors);
          for (const warning of warnings) context.logger.warn(formatProblem(warning));
        }
        return context.parseData(props);
      };
      await inner.load({ ...context, store: checkedStore, parseData });
    },
  };
}

/** Site-wide data lives in one YAML file; it becomes the single entry "site" of the `site` collection. */
export function siteDataLoader(fileName = 'site.yaml'): Loader {
  return {
    name: 'site-data',
    load: async ({ store, parseData, config, generateDigest, watcher, logger }) => {
      await checkWholeContent({ config, logger, watcher });
      const file = `${contentDir()}/${fileName}`;
      const absolute = fileURLToPath(new URL(file, config.root));
      // Anything else at the top of the content folder (a misspelt collection folder) would never be published.
      const stray = watcher ? findStrayTopLevel(path.dirname(absolute), Object.keys(ENTRY_FILES), (other) => relativeToRoot(config.root, other)) : [];
      if (stray.length > 0) throw new ContentProblemError(stray);
      const sync = async () => {
        const text = readFileSync(absolute, 'utf8');
        let raw: unknown;
        try {
          raw = parseYaml(text);
        } catch (error) {
          const mark = (error as { mark?: { line?: number } }).mark;
          throw new ContentProblemError([yamlSyntaxProblem(file, mark?.line === undefined ? undefined : mark.line + 1, (error as Error).message)]);
        }
        // In `astro dev`, the same checks as `npm run check:content` on each change (a build checked everything first).
        if (watcher) {
          const { errors, warnings } = checkEntryFile({ file, text, data: raw, entryDir: path.dirname(absolute), exists: existsSync, now: new Date() });
          if (errors.length > 0) throw new ContentProblemError(errors);
          for (const warning of warnings) logger.warn(formatProblem(warning));
        }
        const data = await parseData({ id: 'site', data: raw as Record<string, unknown>, filePath: absolute });
        store.clear();
        store.set({ id: 'site', data, filePath: relativeToRoot(config.root, absolute), digest: generateDigest(text) });
      };
      await sync();
      // In `astro dev`, a change to the file reloads it; a mistake is shown without stopping the server.
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
