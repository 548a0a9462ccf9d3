/**
 * Decap's Simplified Chinese, with the words of 先审后发 that the office uses for the three states of
 * a change (草稿 → 待审核 → 待发布 → 发布) in place of Decap's 审核中 / 就绪, and a field's rule said
 * plainly.
 */
import { zh_Hans } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

function merged(base: Phrases, changes: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(changes)) result[key] = typeof value === 'string' ? value : merged((base[key] as Phrases) ?? {}, value);
  return result;
}

export const editorLocale = merged(zh_Hans as Phrases, {
  editor: {
    editorToolbar: { inReview: '待审核', ready: '待发布', publishNow: '发布' },
    // A field's own rule, said as the check says it ("名称：应为 2 到 40 个字"), not "does not match the pattern".
    editorControlPane: { widget: { regexPattern: '“%{fieldLabel}”：%{pattern}' } },
  },
  workflow: {
    workflow: {
      workflowHeading: '审核与发布',
      newPost: '新建',
      description: '%{smart_count} 条待审核、%{readyCount} 条待发布 |||| %{smart_count} 条待审核、%{readyCount} 条待发布',
    },
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      onPublishingNotReadyEntry: '只有“待发布”的内容才能发布：请审核人先把它移到“待发布”一列',
    },
  },
});
