/**
 * `npm run build`: builds the site into a staging folder beside the output folder (dist/, or
 * YUYUAN_OUT_DIR: `dist.staging`), and publishes it (replaces the output folder with it, by renaming:
 * ./lib/publish.ts) only when every step succeeded and the site is complete. The steps, each its own
 * process with the settings of ./lib/build-steps.ts (why they are there is said there): `astro build`,
 * Pagefind indexing the built site, then a check that the site has every file and every entry's page
 * (./lib/check-output.ts: an Astro build can exit 0 with pages missing).
 * On any failure the output folder is left exactly as it was, the staging folder is deleted, and the
 * exit status is 1. It also stops, before building, when the project root has a Pagefind config file:
 * Pagefind never reads one (its settings are in ./lib/build-steps.ts), so such a file would only mislead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSteps, defaultOutDir, pagefindConfigFiles, projectRoot, stepEnv } from './lib/build-steps.ts';
import { publishIfBuilt } from './lib/publish.ts';

const outDir = defaultOutDir();
const relative = path.relative(process.cwd(), outDir);
const shown = `${relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : outDir}${path.sep}`;
const notPublished = () => {
  console.error(`✖ 网站未更新：${shown} 保持原样（the site was not published: ${shown} is unchanged）`);
  process.exit(1);
};

for (const name of pagefindConfigFiles(projectRoot)) {
  console.error(
    `✖ 项目根目录有 ${name}：搜索设置在 scripts/lib/build-steps.ts 里，这个文件不会被使用，请删除它` +
      `（${name} at the project root is not used: search settings live in scripts/lib/build-steps.ts; remove the file）`,
  );
}
if (pagefindConfigFiles(projectRoot).length) notPublished();

const published = publishIfBuilt(outDir, (staging) => {
  for (const step of buildSteps(staging)) {
    mkdirSync(step.cwd, { recursive: true });
    const result = spawnSync(process.execPath, step.nodeArgs, { cwd: step.cwd, stdio: 'inherit', env: stepEnv(step) });
    if (result.status !== 0) {
      const why = result.error?.message ?? (result.signal ? `signal ${result.signal}` : `exit status ${result.status}`);
      console.error(`✖ ${step.label} 失败（${step.label} failed: ${why}）`);
      return false;
    }
  }
  return true;
});
if (!published) notPublished();
console.log(`✔ 网站已更新：${shown}（the site was published to ${shown}）`);
