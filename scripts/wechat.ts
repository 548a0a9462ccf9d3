/**
 * npm run wechat -- <collection>/<id> [more …] [--out <folder>]
 *
 * Writes each story, activity or guide as a 公众号 article: wechat/<collection>-<id>/article.html,
 * its photos and 说明.txt (./lib/wechat/write-article.ts), and prints where they are and the
 * 阅读原文 address. The article comes from the same pages `npm run dev` shows at /_wechat/…
 * (src/integrations/wechat-export), read from a dev server this command starts and stops.
 * YUYUAN_CONTENT_DIR and SITE_URL as for the build.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportTarget } from '@/lib/wechat/export-target';
import { wechatExportPath } from '@/lib/wechat/export-path';
import { projectRoot } from './lib/build-steps.ts';
import { startExportServer } from './lib/wechat/export-server.ts';
import { writeArticle, type ExportedArticle } from './lib/wechat/write-article.ts';

const USAGE = '用法 usage: npm run wechat -- <文件夹/编号，如 stories/baojing-xiajiang> [更多……] [--out 文件夹]';
const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'wechat' } }, allowPositionals: true });
const targets = positionals.map(exportTarget);
if (positionals.length === 0) {
  console.error(`✖ ${USAGE}`);
  process.exit(1);
}
const wrong = targets.flatMap((target) => ('problem' in target ? [target.problem] : []));
if (wrong.length > 0) {
  for (const problem of wrong) console.error(`✖ ${problem.zh}（${problem.en}）`);
  process.exit(1);
}

const started = performance.now();
const outRoot = path.resolve(projectRoot, values.out);
const server = await startExportServer(() => console.log('… 等另一个构建结束（waiting for another build to finish）'));
let failed = 0;
try {
  for (const target of targets) {
    if ('problem' in target) continue;
    const name = `${target.collection}/${target.id}`;
    const address = `${server.origin}${wechatExportPath(target.collection, target.id)}`;
    const response = await fetch(address);
    const page = await response.text();
    const data = /<script type="application\/json" id="wechat-export-data">([\s\S]*?)<\/script>/.exec(page)?.[1];
    if (!response.ok || !data) {
      failed++;
      console.error(
        response.status === 404
          ? `✖ 没有 ${name} 这一篇：请看 ${target.collection} 文件夹里的文件名（no such entry）`
          : `✖ ${name} 没能导出：内容有错误，请先运行 npm run check:content 看是哪里（the export failed: run npm run check:content）`,
      );
      continue;
    }
    const article = JSON.parse(data) as ExportedArticle;
    const photos = new Map<string, Uint8Array>();
    for (const image of article.images) {
      const photo = await fetch(new URL(encodeURIComponent(image.file), address));
      if (!photo.ok) throw new Error(`the photo ${image.file} of ${name} could not be read (${photo.status})`);
      photos.set(image.file, new Uint8Array(await photo.arrayBuffer()));
    }
    const folder = path.join(outRoot, `${target.collection}-${target.id}`);
    writeArticle(folder, article, photos);
    const shown = (file: string) => path.relative(process.cwd(), path.join(folder, file));
    console.log(`✔ ${name}：${article.title}`);
    console.log(`  文章 article：${shown('article.html')}`);
    console.log(`  阅读原文 read-more address：${article.readMoreUrl}`);
    console.log(`  引用链接 links：${article.links.length} 个，列在文末`);
    if (article.images.length === 0) console.log('  图片 photos：无');
    article.images.forEach((image, index) => console.log(`  图${index + 1}：${shown(image.file)}（${image.alt}）`));
  }
} finally {
  await server.stop();
}
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（took ${((performance.now() - started) / 1000).toFixed(1)} s）`);
process.exitCode = failed > 0 ? 1 : 0;
