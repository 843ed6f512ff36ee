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
