/**
 * The scaffolder behind `npm run new` (scripts/lib/new-entry-command.ts), one job per module in
 * src/lib/scaffold/: the kinds' schemas (schemas.ts), their fields and explanations, read from each
 * field's `.meta({ description })` (fields.ts), the template writer (template.ts), the file name
 * (file-id.ts), the editor's answers (answers.ts) and CONTRIBUTING.md's field tables (field-table.ts).
 * The kinds themselves are rows of the section table (src/lib/sections.ts, SCAFFOLD_KINDS).
 */
export { SCAFFOLD_KINDS, type ScaffoldKind } from '../sections';
export { jsonSchemaFor, SCAFFOLD_KIND_NAMES, schemaFor } from '../scaffold/schemas';
export { checkRendered, fieldValidator, helpFor, templateFields, type TemplateField } from '../scaffold/fields';
export { Day, frontmatterText, renderEntry, type FieldValue } from '../scaffold/template';
export { fileIdFor } from '../scaffold/file-id';
export { nextGuideOrder, parseActivityWhen } from '../scaffold/answers';
export { fieldTableMarkdown } from '../scaffold/field-table';
