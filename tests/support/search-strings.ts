/** The search UI's strings as a Chinese page gives them (src/lib/search/strings.ts), for the search's unit tests. */
import type { SearchStrings } from '@/lib/search/view';

export const searchStrings = {
  results: '搜索结果',
  loading: '正在搜索……',
  count: '找到 {count} 个结果。',
  countOne: '找到 1 个结果。',
  countShown: '找到 {count} 个结果，这里显示前 {shown} 个。',
  noResults: '没有找到与“{query}”有关的页面。',
  suggest: '试试拼音，例如“hupo”。',
  partial: '下面是只包含其中部分词的结果。',
  partialBelow: '以下结果只包含其中部分词',
  empty: '请输入要搜索的词。',
  punctuation: '只输入了标点符号。',
  truncated: '只搜索了前 {max} 个字。',
  all: '全部结果',
  indexMissing: '搜索索引尚未生成',
  unavailable: '搜索暂时无法使用',
  page: '/search/',
  typeFilter: '类型',
  types: { 商户: '商户', 故事: '故事', 活动: '活动' },
  values: {},
} satisfies SearchStrings;
