// Starting files for `packaging-planner init` and "Packaging: New Packaging File": one per archetype, each with a
// growth block, a ladder and typical features classified with the reason in a comment. The templates are packaging
// files (edited, and checked, as such: test/unit/templates.test.ts); esbuild bundles their text.
import collaboration from './collaboration.packaging.yaml';
import creatorTool from './creator-tool.packaging.yaml';
import developerPlatform from './developer-platform.packaging.yaml';
import marketingTool from './marketing-tool.packaging.yaml';
import salesLedSuite from './sales-led-suite.packaging.yaml';

export interface Template {
  name: string;
  title: string;
  description: string;
  text: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    name: 'collaboration',
    title: 'Collaboration tool',
    description: 'whiteboards, docs, project boards: teams adopt it bottom-up',
    text: collaboration,
  },
  {
    name: 'developer-platform',
    title: 'Developer platform / API',
    description: 'a free key and a first call; walls on production volume',
    text: developerPlatform,
  },
  {
    name: 'creator-tool',
    title: 'Single-player creator tool',
    description: 'one creator, public output as the channel; branding removal is paid',
    text: creatorTool,
  },
  {
    name: 'marketing-tool',
    title: 'Marketing tool',
    description: 'campaigns to an own audience; walls on contacts and sends',
    text: marketingTool,
  },
  {
    name: 'sales-led-suite',
    title: 'Sales-led suite layering product-led',
    description: 'free plan and trial on top of sales; product-qualified leads',
    text: salesLedSuite,
  },
];

export function templateByName(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name);
}
