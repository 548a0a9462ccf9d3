/**
 * npm run audit — the site's state against the rules of a public-website inspection (政府网站发展指引;
 * 国办秘函〔2019〕19号's indicators) and its own: updates, empty columns, names, page metadata, the
 * official marks, requests to other hosts, broken links and accessibility, as a short Chinese report
 * with the number of problems per rule (scripts/lib/audit/). Reads the content and the last build
 * (`npm run build` first); exits 1 when any rule has a problem to fix (reminders do not fail).
 * YUYUAN_CONTENT_DIR and YUYUAN_OUT_DIR as for the build; CHROMIUM_PATH for the accessibility rule.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { auditReport } from '@/lib/audit/report';
import { contentDir } from '@/lib/env';
import { defaultOutDir, projectRoot } from './lib/build-steps.ts';
import { auditSite } from './lib/audit/site-audit.ts';

const started = performance.now();
const content = path.resolve(projectRoot, contentDir());
const outDir = defaultOutDir();
const builtAt = (() => {
  try {
    return statSync(path.join(outDir, 'index.html')).mtime.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  } catch {
    return '尚未生成';
  }
})();
const rules = await auditSite({ contentDir: content, outDir });
const { text, failed } = auditReport(
  rules,
  `网站检查报告（npm run audit）\n内容：${path.relative(projectRoot, content) || content}；生成的网站：${path.relative(projectRoot, outDir) || outDir}（${builtAt}）`,
);
console.log(text);
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
process.exitCode = failed ? 1 : 0;
