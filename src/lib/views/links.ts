/** A link in a page's list of related entries (LinkList.astro's `items`). */
export interface LinkItem {
  href: string;
  label: string;
  /** Said after the link: the kind of organisation, "in Chinese". */
  note?: string;
  /** The label's language when it is not the page's. */
  lang?: string;
  /** The target page's language when it is not the page's. */
  hreflang?: string;
}
