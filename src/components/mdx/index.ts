/**
 * Components available in guide MDX files without an import: the guide page renders
 * <Content components={mdxComponents} />.
 */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Callout, Steps, Checklist };
export { Callout, Checklist, Steps };
