// decap-cms-locales ships no types: the one locale the editor registers.
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
