/** A realistic packaging file with `n` features (comments, limits, signals), for benchmarks. */
export function generatePackaging(n: number): string {
  const lines = [
    '# generated for benchmarks',
    'version: 1',
    'product:',
    '  name: Bench Boards',
    'growth:',
    '  acquisition: product-led',
    '  retention: product-led',
    '  monetization: self-serve',
    '  freeOffer: freemium',
    '  freemiumGoals: [indirect-monetization, poc]',
    'plans:',
    '  - id: free',
    '    price: 0',
    '  - id: pro',
    '    price: 12',
    '    per: seat',
    '    period: month',
    '  - id: business',
    '    price: 24',
    '    per: seat',
    '  - id: enterprise',
    '    price: contact-sales',
    'features:',
  ];
  const plans = ['free', 'pro', 'business', 'enterprise'];
  for (let i = 0; i < n; i++) {
    const plan = plans[i % 4]!;
    lines.push(
      `  # feature ${i}`,
      `  - id: feature-${i}`,
      `    name: Feature number ${i}`,
      `    description: Does thing ${i} for the team, with care.`,
      `    category: Category ${i % 12}`,
      `    plan: ${plan}`,
    );
    if (i % 3 === 0) {
      lines.push('    unit: items', '    limits:');
      for (const p of plans.slice(plans.indexOf(plan)))
        lines.push(`      ${p}: ${p === 'enterprise' ? 'unlimited' : 10 * (plans.indexOf(p) + 1)}`);
    }
    if (i % 5 !== 4) {
      lines.push(
        '    signals:',
        `      virality: ${i % 7 === 0}`,
        `      universality: ${i % 4 === 1}`,
        `      ahaMoment: ${i % 9 === 0}`,
        `      habitLoop: ${i % 6 === 0}`,
        `      friction: ${i % 5 === 3}`,
      );
    }
    if (i % 50 === 7) lines.push('    status: planned', '    requestedBy: [Globex]');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A file like an imported pricing page at scale (`n` features): names of real products' features
 * (test/fixtures/signals/labelled.json), most without `signals` so the suggester and the market figure speak,
 * families sharing a first word, add-ons (some with `plan` too, one $0 from the free plan) and a value metric.
 */
export function generateImported(n: number): string {
  const labelled = require('../test/fixtures/signals/labelled.json') as {
    imported: { name: string; category?: string; unit?: string; numericLimit?: boolean };
  }[];
  const lines = [
    'version: 1',
    'product:',
    '  name: Bench Suite',
    'growth:',
    '  acquisition: product-led',
    '  retention: product-led',
    '  monetization: self-serve',
    '  freeOffer: freemium',
    '  valueMetric: feature-0',
    'plans:',
    '  - id: free',
    '    price: 0',
    '  - id: pro',
    '    price: 12',
    '    per: seat',
    '    period: month',
    '  - id: business',
    '    price: 24',
    '    per: seat',
    '  - id: enterprise',
    '    price: contact-sales',
    'addOns:',
    '  - id: ai',
    '    name: AI assistant',
    '    price: 10',
    '    per: seat',
    '    from: pro',
    '  - id: community',
    '    name: Community pack',
    '    price: 0',
    '    from: free',
    'features:',
  ];
  const plans = ['free', 'pro', 'business', 'enterprise'];
  for (let i = 0; i < n; i++) {
    const src = labelled[i % labelled.length]!.imported;
    const plan = plans[(i * 7) % 4]!;
    const round = Math.floor(i / labelled.length);
    lines.push(
      `  - id: feature-${i}`,
      `    name: ${JSON.stringify(round ? `${src.name} ${round}` : src.name)}`,
    );
    if (src.category) lines.push(`    category: ${JSON.stringify(src.category)}`);
    if (i % 40 === 5) lines.push('    addOn: ai');
    else if (i % 40 === 6) lines.push('    plan: business', '    addOn: ai');
    else if (i % 40 === 7) lines.push('    addOn: community');
    else lines.push(`    plan: ${plan}`);
    if (src.unit && src.numericLimit && i % 40 > 7) {
      lines.push(`    unit: ${JSON.stringify(src.unit)}`, '    limits:');
      for (const p of plans.slice(plans.indexOf(plan)))
        lines.push(`      ${p}: ${p === 'enterprise' ? 'unlimited' : 10 * (plans.indexOf(p) + 1)}`);
    }
    if (i % 4 === 3) lines.push('    signals:', `      virality: ${i % 8 === 3}`, '      universality: true');
    if (i % 97 === 11) lines.push('    # packaging-planner: no-market');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `generatePackaging(n)` as people also write it: an anchor and its aliases (a plan's `per`, a feature's
 * category) and an emoji in feature names (a surrogate pair: UTF-16 offsets past it differ from code points).
 * (The one-pass reader reads anchors and aliases itself; an edited item must have none to be re-checked alone.)
 */
export function generateAnchored(n: number): string {
  return generatePackaging(n)
    .replace('    price: 12\n    per: seat\n', '    price: 12\n    per: &per seat\n')
    .replace('    price: 24\n    per: seat\n', '    price: 24\n    per: *per\n')
    .replace('    category: Category 0\n', '    category: &cat Category 0\n')
    .replace('    category: Category 1\n', '    category: *cat\n')
    .replace('    name: Feature number 2\n', '    name: Feature number 2 🚀\n')
    .replace(`    name: Feature number ${n >> 1}\n`, `    name: Feature number ${n >> 1} ✨\n`);
}
