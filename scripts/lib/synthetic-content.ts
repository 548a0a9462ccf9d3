/**
 * Synthetic content at market scale for `npm run bench` (scripts/bench.ts): a content folder with
 * N shops, activities, stories and guides, built on the basics test fixture (tests/fixtures/basics).
 * Deterministic: the same options give byte-for-byte the same files (a seeded PRNG, no Math.random,
 * no clock: the day the shops were last verified is counted back from `today`). Every entry is valid
 * under the build's schemas and checks (src/lib/content/check.ts) and raises none of their warnings
 * when built on `today`, so a benchmark's output is the build's, not thousands of warnings.
 * It writes only into the folder it is given; never into src/content/.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVITY_SERIES, GUIDE_SECTIONS } from '@/lib/schema/collections.ts';
import { HONOUR_KINDS } from '@/lib/schema/pieces.ts';

export const FIXTURE_BASE = fileURLToPath(new URL('../../tests/fixtures/basics/', import.meta.url));

/** The market-scale counts of SITE.md. */
export const MARKET_SCALE = { shops: 6000, activities: 1000, stories: 200, guides: 100 } as const;

export interface SyntheticOptions {
  shops: number;
  activities?: number;
  stories?: number;
  guides?: number;
  seed?: number;
  /** The day the content is for: shops were verified in the eleven months before it (a year is stale). */
  today?: Date;
}

export interface SyntheticCounts {
  shops: number;
  activities: number;
  stories: number;
  guides: number;
  branches: number;
  markets: number;
}

/** Activities, stories and guides scale with the shops (1000/200/100 per 6000) unless given. */
export function scaledCounts({ shops, activities, stories, guides }: SyntheticOptions): Omit<SyntheticCounts, 'branches' | 'markets'> {
  const scale = (full: number) => Math.max(1, Math.round((full * shops) / MARKET_SCALE.shops));
  return {
    shops,
    activities: activities ?? scale(MARKET_SCALE.activities),
    stories: stories ?? scale(MARKET_SCALE.stories),
    guides: guides ?? scale(MARKET_SCALE.guides),
  };
}

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES: [string, string][] = [
  ['琥珀', 'amber'], ['珠宝', 'jewellery'], ['雨具', 'umbrellas'], ['丝绸', 'silk'], ['玉器', 'jade'], ['茶叶', 'tea'],
  ['工艺品', 'crafts'], ['玩具', 'toys'], ['服饰', 'clothing'], ['箱包', 'bags'], ['文具', 'stationery'], ['饰品', 'accessories'],
  ['折扇', 'fans'], ['剪纸', 'paper-cuts'], ['紫砂', 'Yixing teapots'], ['刺绣', 'embroidery'],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程';
const SHOP_WORDS = ['记', '斋', '阁', '坊', '轩', '行', '堂', '铺'];
const PINYIN = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo'];
const FLOORS = ['1F', '2F', '3F', '4F', 'B1'];
const TAGS = ['互联网+', '诚信经营', '党员示范', '转型升级', '直播带货', '老字号', '便民服务', '技能培训', '网格管理', '志愿服务', '消防安全', '非遗'];
const PLACES = ['豫园商城党群服务站', '华宝楼三楼会议室', '福佑路市场广场', '悦园商厦多功能厅', '小商品市场党员活动室'];
const SENTENCES = [
  '市场党总支组织党员商户结对帮扶，带动周边摊位规范经营。',
  '商户们把明码标价、诚信经营写进了各自的承诺书，挂在摊位最显眼的地方。',
  '网格员每天巡查两次，发现问题当场记录，能解决的当场解决。',
  '通过线上培训，不少老商户学会了拍商品照片、写商品介绍，开起了网店。',
  '活动结束后，大家围坐在一起交流经验，把好做法整理成册。',
  '消防安全检查覆盖每一个摊位，灭火器、逃生通道和用电情况逐一核对。',
  '志愿者在市场入口设立便民服务点，为游客提供问路、寄存和翻译服务。',
  '党员商户主动亮身份、亮承诺，接受顾客和周边商户的监督。',
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (random: () => number, fromYear = 2015, toYear = 2024) => `${int(random, fromYear, toYear)}-${pad(int(random, 1, 12))}-${pad(int(random, 1, 28))}`;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A day within the 330 days before `today`: recent enough for the shop checks' 12-month rule. */
const recentDay = (random: () => number, today: Date) => new Date(today.getTime() - int(random, 1, 330) * DAY_MS).toISOString().slice(0, 10);
/** The default `today`: fixed, so the files do not depend on when they are written. */
export const DEFAULT_TODAY = new Date('2024-12-31T00:00:00Z');
const paragraph = (random: () => number, sentences: number) => Array.from({ length: sentences }, () => pick(random, SENTENCES)).join('');
/** Text for YAML inside double quotes. */
const q = (text: string) => JSON.stringify(text);

export const shopId = (i: number) => `syn-shop-${pad(i, 5)}`;
export const activityId = (i: number) => `syn-activity-${pad(i, 4)}`;
export const storyId = (i: number) => `syn-story-${pad(i, 4)}`;
export const guideId = (i: number) => `syn-guide-${pad(i, 4)}`;
const branchId = (i: number) => `syn-zhibu-${pad(i)}`;
const marketId = (i: number) => `syn-market-${pad(i)}`;

/**
 * Writes the synthetic content folder into `dir` (created if missing; it should be empty or new):
 * the basics test fixture plus the generated entries. Returns what it wrote.
 */
export function generateSyntheticContent(dir: string, options: SyntheticOptions): SyntheticCounts {
  const counts = scaledCounts(options);
  const random = prng(options.seed ?? 20180601);
  const markets = 18;
  const branches = Math.max(2, Math.min(30, Math.ceil(counts.shops / 200)));
  cpSync(FIXTURE_BASE, dir, { recursive: true });
  const write = (collection: string, file: string, text: string) => {
    mkdirSync(path.join(dir, collection), { recursive: true });
    writeFileSync(path.join(dir, collection, file), text);
  };

  for (let m = 1; m <= markets; m++) {
    const lat = (31.2255 + m * 0.0003).toFixed(5);
    const lng = (121.4885 + m * 0.0002).toFixed(5);
    write('markets', `${marketId(m)}.md`, `---\nname: 第${m}市场\nnameEn: Market ${m}\naddress: { zh: 上海市黄浦区福佑路${m}号, en: "${m} Fuyou Road, Huangpu, Shanghai" }\nlocation: { lat: ${lat}, lng: ${lng} }\nsource: { source: test-source }\n---\n`);
  }
  for (let b = 1; b <= branches; b++) {
    write(
      'branches',
      `${branchId(b)}.md`,
      `---\nname: 第${b}党支部\nnameEn: Branch ${b}\nkind: 党支部\nparent: test-zongzhi\nfounded: ${int(random, 2003, 2018)}\nmembers: { value: ${int(random, 8, 60)}, countedOn: 2024-06-30, source: { source: test-source } }\ncovers: [第${((b - 1) % markets) + 1}市场]\nfeature: 一支部一特色：${pick(random, TAGS)}\nsummary: { zh: ${q(`第${b}党支部负责第${((b - 1) % markets) + 1}市场的党员商户和网格。`)}, en: "Branch ${b} of the market's party organisation." }\nsource: { source: test-source }\n---\n\n${paragraph(random, 3)}\n`,
    );
  }

  for (let i = 1; i <= counts.shops; i++) {
    const [category, categoryEn] = pick(random, CATEGORIES);
    const surname = SURNAMES[int(random, 0, SURNAMES.length - 1)]!;
    const partyMember = random() < 0.15;
    const honourCount = random() < 0.3 ? int(random, 1, 2) : 0;
    const start = int(random, 0, HONOUR_KINDS.length - 1);
    const kinds = Array.from({ length: honourCount }, (_, k) => HONOUR_KINDS[(start + k) % HONOUR_KINDS.length]!);
    const honours = kinds.length ? `honours:\n${kinds.map((kind) => `  - { kind: ${kind}, year: ${int(random, 2012, 2023)} }`).join('\n')}\n` : '';
    const market = int(random, 1, markets);
    const lines = [
      `name: ${q(`${surname}${pick(random, SHOP_WORDS)}${category}${i}号店`)}`,
      `nameEn: ${q(`${PINYIN[i % PINYIN.length]!.replace(/^./, (c) => c.toUpperCase())} ${categoryEn} shop no. ${i}`)}`,
      `category: ${category}`,
      `categoryEn: ${q(categoryEn)}`,
      `place: { market: ${marketId(market)}, floor: ${pick(random, FLOORS)}, stall: ${q(`${String.fromCharCode(65 + (i % 8))}${pad(int(random, 1, 300), 3)}`)} }`,
      `partyMember: ${partyMember}`,
      `branch: ${branchId(((market - 1) % branches) + 1)}`,
      ...(partyMember ? [`pledge: { zh: ${q('明码标价，诚信经营，不卖假货，热情服务每一位顾客。')}, en: "Marked prices, honest trading, no fakes." }`] : []),
      `summary: { zh: ${q(`经营${category}的商户，${pick(random, SENTENCES)}`.slice(0, 190))}, en: ${q(`A ${categoryEn} shop in Market ${market} of the Yuyuan small-commodities market.`)} }`,
      `location: { lat: ${(31.2255 + random() * 0.006).toFixed(5)}, lng: ${(121.4885 + random() * 0.006).toFixed(5)} }`,
      // No space between Chinese and digits (the copy rule the build warns about).
      `openingHours: ${q(`每天${pick(random, ['08:30', '09:00', '09:30'])}–${pick(random, ['17:00', '18:00', '20:00'])}`)}`,
      `verified: ${recentDay(random, options.today ?? DEFAULT_TODAY)}`,
      'source: { source: test-source }',
    ];
    write('merchants', `${shopId(i)}.md`, `---\n${lines.join('\n')}\n${honours}---\n\n${paragraph(random, int(random, 2, 5))}\n`);
  }

  for (let s = 1; s <= counts.stories; s++) {
    const merchants = [...new Set(Array.from({ length: int(random, 1, 3) }, () => shopId(int(random, 1, counts.shops))))];
    const tags = [...new Set(Array.from({ length: int(random, 1, 3) }, () => pick(random, TAGS)))];
    write(
      'stories',
      `${storyId(s)}.mdx`,
      `---\ntitle: ${q(`${pick(random, TAGS)}的故事第${s}篇`)}\ntitleEn: "Story ${s}"\ndate: ${day(random)}\nsummary: { zh: ${q(`第${s}篇合成故事：${pick(random, SENTENCES)}`)}, en: "Synthetic story ${s} about the market's party-building work." }\nmerchants: [${merchants.join(', ')}]\nbranches: [${branchId(int(random, 1, branches))}]\ntags: [${tags.map(q).join(', ')}]\nsource: { source: test-source }\n---\n\n## 起因\n\n${paragraph(random, 4)}\n\n## 变化\n\n${paragraph(random, 5)}\n\n## 经验\n\n${paragraph(random, 3)}\n`,
    );
  }

  for (let a = 1; a <= counts.activities; a++) {
    const when = random();
    const time =
      a % 100 === 1
        ? `recurrence: { frequency: monthly, dayOfMonth: ${int(random, 1, 28)}, since: ${int(random, 2015, 2020)} }`
        : when < 0.1
          ? `reported: ${day(random)}`
          : `date: ${day(random, 2015, 2026)}`;
    const merchants = random() < 0.5 ? [...new Set(Array.from({ length: int(random, 1, 4) }, () => shopId(int(random, 1, counts.shops))))] : [];
    const stories = counts.stories > 0 && random() < 0.2 ? [storyId(int(random, 1, counts.stories))] : [];
    const series = pick(random, ACTIVITY_SERIES);
    write(
      'activities',
      `${activityId(a)}.md`,
      `---\ntitle: ${q(`${series}活动第${a}期`)}\ntitleEn: "Activity ${a}"\n${time}\nseries: ${series}\nplace: ${pick(random, PLACES)}\norganiser: ${branchId(int(random, 1, branches))}\nparticipants: 党员商户和周边居民\nsummary: { zh: ${q(`第${a}期活动：${pick(random, SENTENCES)}`)}, en: "Synthetic activity ${a}." }\nmerchants: [${merchants.join(', ')}]\nstories: [${stories.join(', ')}]\nsource: { source: test-source }\n---\n\n${paragraph(random, int(random, 2, 4))}\n`,
    );
  }

  // Unique order within each section: the basics fixture's guide is 安全经营 #1, so start after it.
  const nextOrder = new Map<string, number>(GUIDE_SECTIONS.map((section) => [section, section === '安全经营' ? 2 : 1]));
  for (let g = 1; g <= counts.guides; g++) {
    const section = GUIDE_SECTIONS[(g - 1) % GUIDE_SECTIONS.length]!;
    const order = nextOrder.get(section)!;
    nextOrder.set(section, order + 1);
    const activities = counts.activities > 0 ? [activityId(int(random, 1, counts.activities))] : [];
    write(
      'guides',
      `${guideId(g)}.mdx`,
      `---\ntitle: ${q(`${section}第${order}课`)}\nsection: ${section}\norder: ${order}\nsummary: ${q(`第${g}篇合成课程：${pick(random, SENTENCES)}`.slice(0, 150))}\nupdated: ${day(random, 2020, 2024)}\nactivities: [${activities.join(', ')}]\n---\n\n## 为什么要做\n\n${paragraph(random, 3)}\n\n## 怎么做\n\n<Steps>\n\n1. **准备**：${pick(random, SENTENCES)}\n2. **执行**：${pick(random, SENTENCES)}\n3. **复盘**：${pick(random, SENTENCES)}\n\n</Steps>\n\n<Callout type="warning">${pick(random, SENTENCES)}</Callout>\n\n## 自查清单\n\n<Checklist id="${guideId(g)}">\n\n- 承诺书挂在摊位显眼处\n- 商品明码标价\n- 灭火器在有效期内\n\n</Checklist>\n`,
    );
  }
  return { ...counts, branches, markets };
}
