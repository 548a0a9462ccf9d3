/**
 * The bundler's log, without the one warning nobody can act on: every MDX entry triggers a harmless
 * upstream MODULE_LEVEL_DIRECTIVE warning (withastro/astro#18087). Silenced so the warnings an editor
 * must act on stay visible.
 */
import type { RolldownOptions } from 'rolldown';

export const withoutKnownWarnings: NonNullable<RolldownOptions['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};
