/**
 * npm run new -- <merchant|story|activity|guide|branch> [--name … --summary … --source …]
 *
 * Writes a new entry whose frontmatter lists every field of the collection's schema: the required
 * ones filled from the flags or, at a terminal, from questions; the optional ones as comments with a
 * one-line explanation from the field's schema meta (src/lib/scaffold/). The file name is the pinyin of the name.
 * It never overwrites an existing entry. YUYUAN_CONTENT_DIR points it at another content folder.
 *
 * Flags: --name/--title, --summary, --source <id from site.yaml>, --source-section,
 * --kind (branch), --series and --when/--date/--recurrence/--reported (activity),
 * --section and --order (guide), --date (story, default today), --id (instead of the pinyin name).
 * `npm run new -- --field-table` prints the field table of CONTRIBUTING.md.
 */
import { newEntryCommand } from './lib/new-entry-command.ts';
import { contentDir } from '@/lib/env.ts';

const terminal = process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined;
const status = await newEntryCommand(process.argv.slice(2), {
  contentDir: contentDir(),
  terminal,
  log: (line) => (line.startsWith('✖') ? console.error(line) : console.log(line)),
});
// Exits even when a question was left open (Ctrl+C at a prompt).
process.exit(status);
