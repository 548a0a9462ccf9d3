/**
 * npm run check:content — checks all content in a few seconds without building the site: the same
 * schemas and checks as the build (src/lib/content/check.ts). One line per problem:
 *   <file>:<line> <field> — <问题（problem）> — <修改（fix）>
 * errors first, then warnings; exits 1 when any error remains (warnings do not fail).
 * YUYUAN_CONTENT_DIR points it at another content folder, as it does the build.
 */
import { checkContent } from '@/lib/content/check';
import { formatProblemLine } from '@/lib/content/problems';
import { buildTime } from '@/lib/build-time';
import { contentDir as contentDirSetting } from '@/lib/env';

const started = performance.now();
const contentDir = contentDirSetting();
// “Today” is the build's moment: YUYUAN_BUILD_TIME pins it, as it does the build's.
const { errors, warnings } = checkContent(contentDir, { now: buildTime });
// Each problem says whether it is an error or a warning: errors first.
for (const problem of [...errors, ...warnings]) console.log(formatProblemLine(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  errors.length > 0
    ? `✖ 内容检查：${errors.length} 个错误，${warnings.length} 个警告；请先改正错误（${errors.length} error(s), ${warnings.length} warning(s) in ${contentDir}, ${seconds} s）`
    : `✔ 内容检查通过：0 个错误，${warnings.length} 个警告（no errors, ${warnings.length} warning(s) in ${contentDir}, ${seconds} s）`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
