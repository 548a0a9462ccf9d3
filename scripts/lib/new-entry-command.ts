/**
 * `npm run new` (scripts/new-entry.ts) as a function: the flags, the content folder and, at a terminal,
 * the streams to ask on; it returns the exit status and writes what it says through `log`. Tests run
 * it in their own process (a process each would cost a second of CPU apiece).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { ACTIVITY_SERIES, GUIDE_SECTIONS, ORGANISATION_KINDS } from '@/lib/schema/collections';
import { checkRendered } from '@/lib/scaffold/check-entry';
import { Day, renderEntry, type FieldValue } from '@/lib/scaffold/template';
import { fieldTableMarkdown } from '@/lib/scaffold/field-table';
import { fieldValidator, templateFields } from '@/lib/scaffold/fields';
import { fileIdFor } from '@/lib/scaffold/file-id';
import { nextGuideOrder, parseActivityWhen } from '@/lib/scaffold/answers';
import { SCAFFOLD_KIND_NAMES } from '@/lib/scaffold/schemas';
import { SCAFFOLD_KINDS, type ScaffoldKind } from '@/lib/sections';
import { foldToSimplified } from '@/lib/content/unicode';
import { formatBilingual, formatProblem } from '@/lib/content/problems';

/** A refusal: said to the editor with ✖, exit status 1. */
class CommandFailure extends Error {}

export interface NewEntryOptions {
  /** The content folder to write into. */
  contentDir: string;
  /** Where questions are asked when a flag is missing; without it a missing flag is an error. */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
  /** Each line of output; errors start with ✖. */
  log: (line: string) => void;
}

/** Runs `npm run new -- <args>`: the exit status (0 written or printed, 1 refused). */
export async function newEntryCommand(args: string[], { contentDir, terminal, log }: NewEntryOptions): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    log(`✖ ${error.message}`);
    return 1;
  }

  async function run(): Promise<number> {
    const { values: flags, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        // Every field of every kind can be given as --<field> (the ones asked below have their own checks).
        ...(Object.fromEntries(SCAFFOLD_KIND_NAMES.flatMap((k) => templateFields(k).map((field) => [field.name, { type: 'string' }]))) as Record<string, { type: 'string' }>),
        name: { type: 'string' },
        title: { type: 'string' },
        summary: { type: 'string' },
        source: { type: 'string' },
        'source-section': { type: 'string' },
        kind: { type: 'string' },
        series: { type: 'string' },
        when: { type: 'string' },
        date: { type: 'string' },
        recurrence: { type: 'string' },
        reported: { type: 'boolean' },
        section: { type: 'string' },
        order: { type: 'string' },
        id: { type: 'string' },
        'field-table': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });

    function fail(message: string): never {
      throw new CommandFailure(message);
    }

    if (flags['field-table']) {
      log(fieldTableMarkdown());
      return 0;
    }

    const kind = positionals[0] as ScaffoldKind | undefined;
    if (flags.help || !kind || !SCAFFOLD_KIND_NAMES.includes(kind)) {
      const usage = [
        '用法 usage: npm run new -- <类型 kind> [--name 名称 --summary 简介 --source 来源编号]',
        `类型 kinds: ${SCAFFOLD_KIND_NAMES.map((k) => `${k}（${SCAFFOLD_KINDS[k].label}）`).join('、')}`,
        '例 e.g.: npm run new -- merchant --name 翠格珠宝 --summary "经营珠宝的党员商户……" --source yuyuan-case-2018',
        '不带参数时会逐项提问（without flags it asks）。编辑指南见 CONTRIBUTING.md。',
      ].join('\n');
      if (flags.help) {
        log(usage);
        return 0;
      }
      fail(kind ? `没有“${kind}”这种类型（unknown kind）\n${usage}` : usage);
    }

    const folder = path.join(contentDir, SCAFFOLD_KINDS[kind].folder);
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
    }).format(new Date());
    const rl = terminal ? createInterface({ input: terminal.input, output: terminal.output }) : undefined;

    /** The value of a flag, or the answer to a question at a terminal, checked until it is valid. */
    async function answer(
      flag: string | undefined,
      {
        question,
        flagName,
        check,
        fallback,
      }: {
        question: string;
        flagName: string;
        check: (text: string) => string | undefined;
        fallback?: string;
      },
    ): Promise<string> {
      if (flag !== undefined) {
        const problem = check(flag.trim());
        if (problem) fail(`--${flagName}: ${problem}`);
        return flag.trim();
      }
      if (!rl) {
        if (fallback !== undefined) return fallback;
        fail(`缺少 --${flagName}（missing --${flagName}）：${question}`);
      }
      for (;;) {
        let typed: string;
        try {
          typed = (await rl.question(`${question}${fallback ? `［回车 = ${fallback}］` : ''}：`)).trim();
        } catch {
          fail('已取消，没有新建文件（cancelled; nothing written）'); // Ctrl+C / Ctrl+D
        }
        const text = typed === '' && fallback !== undefined ? fallback : typed;
        const problem = check(text);
        if (!problem) return text;
        log(`  ✖ ${problem}`);
      }
    }

    function fieldCheck(field: string): (text: string) => string | undefined {
      const validate = fieldValidator(kind!, field);
      if (!validate) throw new Error(`no field ${field} in ${kind}`);
      return (text) => validate(text);
    }

    function oneOfCheck(options: readonly string[]): (text: string) => string | undefined {
      return (text) => (options.includes(text) ? undefined : `请从这些中选一个（choose one）：${options.join('、')}`);
    }

    /** Frontmatter of every entry in the folder (for ids and guide order). */
    function existingEntries(): {
      id: string;
      data: Record<string, unknown>;
    }[] {
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => {
          const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, file), 'utf8'));
          let data: unknown = {};
          try {
            data = match ? load(match[1]!) : {};
          } catch {
            // A broken file elsewhere is the check's business, not this script's.
          }
          return {
            id: file
              .replace(/\.mdx?$/, '')
              .split(path.sep)
              .join('/'),
            data: (data ?? {}) as Record<string, unknown>,
          };
        });
    }

    /** Sources listed in site.yaml: id → published day. */
    function siteSources(): Map<string, string | undefined> {
      const site = load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { sources?: { id: string; published?: unknown }[] };
      return new Map(
        (site.sources ?? []).map((source) => [
          source.id,
          source.published instanceof Date ? source.published.toISOString().slice(0, 10) : source.published ? String(source.published) : undefined,
        ]),
      );
    }

    const values: Record<string, FieldValue> = {};
    const nameField = kind === 'merchant' || kind === 'branch' ? 'name' : 'title';
    const name = await answer(flags.name ?? flags.title, {
      question: nameField === 'name' ? '名称 name（中文全称）' : '标题 title',
      flagName: nameField,
      check: fieldCheck(nameField),
    });
    values[nameField] = name;
    // One entry per shop or branch: the check refuses a second one whose name is the same, or the same in traditional characters.
    if (nameField === 'name') {
      const same = existingEntries().find((entry) => typeof entry.data.name === 'string' && foldToSimplified(entry.data.name) === foldToSimplified(name));
      if (same) {
        // The check's same-name problem (src/lib/content/unicode.ts), said before anything is written.
        fail(
          formatBilingual({
            zh: `${SCAFFOLD_KINDS[kind].folder} 中已有同名的条目 ${same.id}（“${String(same.data.name)}”），没有新建`,
            en: `an entry with this name exists: ${same.id}; nothing written`,
          }),
        );
      }
    }

    if (kind === 'branch') {
      values.kind = await answer(flags.kind, {
        question: `组织类型 kind（${ORGANISATION_KINDS.join('、')}）`,
        flagName: 'kind',
        check: oneOfCheck(ORGANISATION_KINDS),
        fallback: '党支部',
      });
    }

    if (kind === 'story') {
      values.date = new Day(
        await answer(flags.date, {
          question: '日期 date（如 2026-05-01）',
          flagName: 'date',
          check: fieldCheck('date'),
          fallback: today,
        }),
      );
    }

    if (kind === 'guide') {
      const section = await answer(flags.section, {
        question: `栏目 section（${GUIDE_SECTIONS.join('、')}）`,
        flagName: 'section',
        check: oneOfCheck(GUIDE_SECTIONS),
      });
      values.section = section;
      const free = nextGuideOrder(
        existingEntries().map((entry) => entry.data),
        section,
      );
      values.order = Number(
        await answer(flags.order, {
          question: '顺序 order（数字小的在前）',
          flagName: 'order',
          check: (text) => (/^\d+$/.test(text) ? fieldValidator(kind, 'order')!(Number(text)) : 'order 应为数字（a number）'),
          fallback: String(free),
        }),
      );
    }

    const summary = await answer(flags.summary, {
      question: '简介 summary（一两句话 one or two sentences）',
      flagName: 'summary',
      check: fieldCheck(kind === 'guide' ? 'summary' : 'summary.zh'),
    });
    values.summary = kind === 'guide' ? summary : { zh: summary };

    if (kind === 'guide') values.updated = new Day(today);

    let sources = new Map<string, string | undefined>();
    if (kind !== 'guide') {
      sources = siteSources();
      const sourceId = await answer(flags.source, {
        question: `来源编号 source（${[...sources.keys()].join('、')}；新来源先加到 site.yaml 的 sources）`,
        flagName: 'source',
        check: (text) =>
          sources.has(text) ? undefined : `“${text}”不在 site.yaml 的 sources 中（not a source in site.yaml）；现有：${[...sources.keys()].join('、')}`,
      });
      const section = flags['source-section'];
      if (section !== undefined) {
        const problem = fieldCheck('source.section')(section);
        if (problem) fail(`--source-section: ${problem}`);
      }
      values.source = section ? { source: sourceId, section } : { source: sourceId };

      if (kind === 'activity') {
        values.series = await answer(flags.series, {
          question: `活动系列 series（${ACTIVITY_SERIES.join('、')}）`,
          flagName: 'series',
          check: oneOfCheck(ACTIVITY_SERIES),
        });
        const published = sources.get(sourceId);
        const given = [flags.date, flags.recurrence, flags.reported ? 'reported' : undefined, flags.when].filter((v) => v !== undefined);
        if (given.length > 1) fail('--date、--recurrence、--reported 只能给一个（give only one of them）');
        const whenText = await answer(given[0], {
          question: '时间 when（2026-05-10；每月10日；每季度；每两年；来源没写时间就直接回车）',
          flagName: 'date',
          check: (text) => {
            const parsed = parseActivityWhen(text, published);
            return 'error' in parsed ? parsed.error : undefined;
          },
        });
        const when = parseActivityWhen(whenText, published);
        if ('error' in when) fail(when.error);
        values[when.field] = when.value;
      }
    }
    // Any other required field (of a collection added later, README "Adding a collection"): asked as
    // its schema documents it, with --<field> for it.
    for (const field of templateFields(kind)) {
      if (!field.required || field.keys || values[field.name] !== undefined) continue;
      const flag = (flags as Record<string, unknown>)[field.name];
      const text = await answer(typeof flag === 'string' ? flag : undefined, {
        question: `${field.name}（${field.help ?? field.name}）`,
        flagName: field.name,
        check: fieldCheck(field.name),
      });
      values[field.name] = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Day(text) : text;
    }
    rl?.close();

    const existing = existingEntries().map((entry) => entry.id);
    let id: string;
    if (flags.id !== undefined) {
      id = flags.id.trim();
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`--id “${id}”只能用小写字母、数字和 -（lowercase letters, digits and - only）`);
      if (existing.includes(id)) {
        fail(`${SCAFFOLD_KINDS[kind].folder} 中已有编号“${id}”，不会覆盖（${id} exists; not overwritten）。换一个 --id，或不写 --id 自动取名。`);
      }
    } else {
      id = fileIdFor(name, existing);
    }

    const text = renderEntry(kind, values);
    const file = path.join(folder, `${id}${SCAFFOLD_KINDS[kind].extension}`);
    const problems = checkRendered(kind, path.relative(process.cwd(), file), text);
    if (problems.length > 0) fail(`生成的内容未通过检查（the new entry does not pass the schema）：\n${problems.map((problem) => formatProblem(problem)).join('\n')}`);

    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(file, text, { flag: 'wx' }); // wx: never overwrite
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${file} 已存在，不会覆盖（exists; not overwritten）`);
      throw error;
    }

    log(`✔ 已新建 created: ${file}`);
    log('下一步 next:');
    log(`  1. 打开这个文件，补上正文和可选字段（删去行首的 # 即启用）；照片放在同一文件夹，写 ./照片.jpg`);
    log('  2. 运行 npm run check:content 检查内容，再用 npm run dev 预览（check, then preview）');
    return 0;
  }
}
