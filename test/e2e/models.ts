// Matrix view models through the real pipeline: YAML text -> check() -> buildMatrix().

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { check } from '../../src/core/check';
import { buildMatrix, type MatrixModel } from '../../src/core/matrix/view-model';
import { ROOT } from './harness';

export function modelOf(text: string): MatrixModel {
  return buildMatrix(check(text));
}

export function examples(): { name: string; file: string; text: string }[] {
  const dir = path.join(ROOT, 'examples');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, file: path.join(dir, d.name, 'packaging.yaml') }))
    .map((e) => ({ ...e, text: readFileSync(e.file, 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Strings that execute or inject markup when a renderer treats text as HTML (or as a template). */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__pwned.push(\'img\')">',
  '<script>window.__pwned.push("script")</script>',
  '"><svg onload="window.__pwned.push(\'svg\')">',
  "'><iframe srcdoc=\"<script>parent.__pwned.push('iframe')</script>\"></iframe>",
  '<a href="javascript:window.__pwned.push(\'a\')">click</a>',
  '</div><style>body{display:none}</style>',
  '<!--?lit$123$--><b>lit marker</b>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  '${window.__pwned.push("template")}',
  '{{constructor.constructor("window.__pwned.push(\'ng\')")()}}',
  '<details open ontoggle="window.__pwned.push(\'details\')">',
  '&lt;b&gt;entity&lt;/b&gt; &amp; <math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '| pipe | **bold** [link](javascript:alert(1)) `code`',
];

/** A valid packaging file with a payload in every user-visible string (product, plans, categories, features). */
export function xssYaml(): string {
  const p = XSS_PAYLOADS;
  return stringify({
    version: 1,
    product: { name: `Acme ${p[0]}` },
    plans: [
      { id: 'free', name: `Free ${p[2]}`, price: 0 },
      { id: 'pro', name: `Pro ${p[4]}`, price: 10, per: 'seat', period: 'month' },
    ],
    features: p.map((payload, i) => ({
      id: `f${i}`,
      name: payload,
      description: `desc ${p[(i + 1) % p.length]}`,
      category: `Cat ${p[(i + 2) % p.length]}`,
      plan: i % 2 ? 'pro' : 'free',
      unit: `units ${p[(i + 3) % p.length]}`,
      limits: i % 3 === 0 ? { [i % 2 ? 'pro' : 'free']: 3 } : undefined,
      signals: i % 4 === 0 ? undefined : { virality: i % 2 === 0, friction: i % 3 === 0 },
    })),
  });
}

/** A file with `n` features over 4 plans and 20 categories, for the bench. */
export function bigYaml(n: number): string {
  const lines = [
    '# generated for the bench',
    'version: 1',
    'product:',
    '  name: Bench Co',
    'growth:',
    '  acquisition: product-led',
    '  freeOffer: freemium',
    '  freemiumGoals: [poc]',
    'plans:',
    '  - id: free',
    '    price: 0',
    '  - id: team',
    '    price: 10',
    '    per: seat',
    '    period: month',
    '  - id: business',
    '    price: 25',
    '  - id: enterprise',
    '    price: contact-sales',
    'features:',
  ];
  const plans = ['free', 'team', 'business', 'enterprise'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - id: feature-${i}`,
      `    name: Feature number ${i}`,
      `    description: What feature ${i} does for the team, in one line.`,
      `    category: Area ${i % 20}`,
      `    plan: ${plans[i % 4]}`,
    );
    if (i % 5 === 0) lines.push('    unit: items', '    limits:', `      ${plans[i % 4]}: ${(i % 7) + 1}`);
    lines.push(
      '    signals:',
      `      virality: ${i % 3 === 0}`,
      `      ahaMoment: ${i % 4 === 0}`,
      `      friction: ${i % 5 === 0}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
