/**
 * npm run templates — writes templates/示范商户登记表.xlsx and templates/活动计划表.xlsx from the schemas
 * and their field docs (src/lib/register/columns.ts), with drop-down lists of the content's markets and
 * branches. Run it after a schema change (tests/unit/register-templates.test.ts fails until then) or to
 * bring the drop-down lists up to date.
 */
import { contentDir } from '@/lib/env';
import { writeTemplates } from './lib/register/export-command.ts';

for (const file of await writeTemplates(process.cwd(), contentDir())) console.log(`✔ ${file}`);
