import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { formatGithub } from '../../src/cli/format/github';
import { formatJson } from '../../src/cli/format/json';
import { formatMarkdown } from '../../src/cli/format/markdown';
import { fileUri, formatSarif, toSarif } from '../../src/cli/format/sarif';
import { formatStylish } from '../../src/cli/format/stylish';
import { RULES } from '../../src/core/rules';
import { NASTY, report, tables } from './helpers/formats';

const ROOT = path.resolve(__dirname, '..', '..');

const exampleReports = () =>
  ['devdb', 'suite', 'whiteboard'].map((e) =>
    report(
      `examples/${e}/packaging.yaml`,
      readFileSync(path.join(ROOT, 'examples', e, 'packaging.yaml'), 'utf8'),
    ),
  );

describe('format: sarif', () => {
  // The SARIF 2.1.0 schema as shipped on npm (rtm.5, the version GitHub's upload action long validated
  // against) is always there; the final OASIS schema is used too when a copy is present locally.
  const schemas: [string, object][] = [];
  const rtm5 = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  schemas.push(['2.1.0-rtm.5 (npm @microsoft/jest-sarif)', JSON.parse(readFileSync(rtm5, 'utf8'))]);
  for (const p of [process.env.SARIF_SCHEMA, path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json')]) {
    if (p && existsSync(p)) {
      schemas.push([`2.1.0 (${path.relative(ROOT, p)})`, JSON.parse(readFileSync(p, 'utf8'))]);
      break;
    }
  }
  const validators = schemas.map(([name, schema]) => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    return [name, ajv.compile(schema)] as const;
  });

  const reports = [
    ...exampleReports(),
    report('dir with space/nasty.packaging.yaml', NASTY),
    report('bad.yaml', 'a: ['),
  ];
  const sarif = JSON.parse(formatSarif(reports));

  for (const [name, validate] of validators) {
    it(`validates against the SARIF ${name} JSON Schema`, () => {
      const ok = validate(sarif);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });
  }

  it('carries every rule page as help text and its "What it checks" as the full description, no link', () => {
    const rules = sarif.runs[0].tool.driver.rules;
    assert.equal(rules.length, RULES.length);
    assert.equal(sarif.runs[0].tool.driver.informationUri, undefined);
    for (const r of rules) {
      const doc = readFileSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      assert.equal(r.helpUri, undefined, r.id);
      assert.equal(r.help.markdown, doc);
      assert.equal(r.help.text, doc);
      // the page's own first sentence of "What it checks", without Markdown ticks
      const what = doc
        .split('## What it checks')[1]!
        .trim()
        .split('\n\n')[0]!
        .replace(/\s*\n\s*/g, ' ');
      assert.ok(
        r.fullDescription.text.startsWith(what.replace(/`|\*\*/g, '')),
        `${r.id}: ${r.fullDescription.text}`,
      );
      assert.ok(r.fullDescription.markdown.startsWith(what), r.id);
      assert.notEqual(r.fullDescription.text, r.shortDescription.text, r.id);
      assert.doesNotMatch(r.fullDescription.text, /^Anchor:/m, r.id);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
    }
  });

  it('links each rule to its page under PACKAGING_PLANNER_DOCS_URL when it is set', () => {
    const base = 'https://git.acme.com/tools/packaging-planner/blob/main/docs';
    const linked = JSON.parse(formatSarif(reports, { docsUrl: base }));
    assert.equal(linked.runs[0].tool.driver.informationUri, base);
    for (const r of linked.runs[0].tool.driver.rules) assert.equal(r.helpUri, `${base}/rules/${r.id}.md`);
  });

  it('maps every diagnostic to a result: rule index, level, 1-based region with an exclusive end', () => {
    const run = sarif.runs[0];
    const all = reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, d })));
    assert.equal(run.results.length, all.length);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    all.forEach(({ file, d }, i) => {
      const res = run.results[i];
      assert.equal(res.ruleId, d.rule);
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, d.rule);
      assert.equal(res.level, d.severity === 'info' ? 'note' : d.severity);
      const loc = res.locations[0].physicalLocation;
      assert.equal(decodeURIComponent(loc.artifactLocation.uri), file);
      assert.deepEqual(loc.region, {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
    });
  });

  it('points at the exact text: the region covers the anchor, counted in UTF-16 code units', () => {
    const nasty = reports.find((r) => r.file.includes('nasty'))!;
    const d = nasty.diagnostics.find((x) => x.rule === 'unknown-plan')!;
    const res = toSarif([nasty]).runs[0]!.results.find((r) => r.ruleId === 'unknown-plan')!;
    const reg = res.locations[0]!.physicalLocation.region;
    const line = NASTY.split('\n')[reg.startLine - 1]!;
    assert.equal(line.slice(reg.startColumn - 1, reg.endColumn - 1), 'nope');
    assert.equal(d.range.start.line + 1, reg.startLine);
  });

  it('gives each result a partial fingerprint that ignores line moves and tells identical findings apart', () => {
    const fp = (text: string) =>
      toSarif([report('p.packaging.yaml', text)]).runs[0]!.results.map(
        (r) => `${r.ruleId} ${r.partialFingerprints['packagingPlanner/v1']}`,
      );
    const before = fp(NASTY);
    assert.equal(new Set(before).size, before.length, 'unique within a run');
    assert.ok(before.every((x) => /^[a-z-]+ [0-9a-f]{32}:\d+$/.test(x)));
    assert.deepEqual(fp(`# a comment moves every line down\n\n${NASTY}`), before);
  });

  it('writes relative paths as URI references and absolute ones as file URIs', () => {
    assert.deepEqual(fileUri('dir with space/a#b.yaml'), {
      uri: 'dir%20with%20space/a%23b.yaml',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(fileUri('/abs/x y.yaml'), { uri: 'file:///abs/x%20y.yaml' });
  });
});

/** The runner's parser, inverted: `::cmd k=v,k=v::message` with the runner's unescaping. */
function parseCommand(line: string) {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(m, line);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = kv.indexOf('=');
    props[kv.slice(0, eq)] = unProp(kv.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unData(m[3]!) };
}

describe('format: github', () => {
  it('prints one workflow command per finding, escaped as the runner requires, that parses back', () => {
    const r = report('a,b:c%/packaging.yaml', NASTY);
    // a message with every character the runner escapes
    r.diagnostics = [
      { ...r.diagnostics[0]!, message: '50% done\r\nnext: a, b', rule: 'schema', severity: 'error' },
      ...r.diagnostics.slice(1),
    ];
    const lines = formatGithub([r]).trimEnd().split('\n');
    assert.equal(lines.length, r.diagnostics.length);
    for (const [i, line] of lines.entries()) {
      assert.ok(!/[\r]/.test(line));
      const d = r.diagnostics[i]!;
      const c = parseCommand(line);
      assert.equal(c.command, d.severity === 'info' ? 'notice' : d.severity);
      assert.deepEqual(c.props, {
        file: 'a,b:c%/packaging.yaml',
        line: String(d.range.start.line + 1),
        col: String(d.range.start.character + 1),
        endLine: String(d.range.end.line + 1),
        endColumn: String(d.range.end.character + 1),
        title: d.rule,
      });
      assert.equal(c.message, d.message);
    }
    assert.match(
      lines[0]!,
      /^::error file=a%2Cb%3Ac%25\/packaging\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=schema::50%25 done%0D%0Anext: a, b$/,
    );
  });

  it('prints nothing for no findings', () => {
    assert.equal(formatGithub([]), '');
  });
});

describe('format: markdown', () => {
  const reports = [report('examples/x/packaging.yaml', NASTY), ...exampleReports()];
  const md = formatMarkdown(reports);

  it('summarises counts and lists every file with its counts', () => {
    const total = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    // plain wording: no bold counts
    assert.match(
      md,
      new RegExp(
        `^✖ ${total} errors?, \\d+ warnings?, \\d+ infos? in 4 files\\.( \\d+ accepted \\(not counted\\)\\.)?$`,
        'm',
      ),
    );
    assert.doesNotMatch(md, /\*\*\d/);
    const files = tables(md)[0]!;
    assert.deepEqual(files.header, ['File', 'Errors', 'Warnings', 'Infos', 'Features (free / paid)']);
    assert.deepEqual(
      files.rows.map((r) => r[0]),
      reports.map((r) => `\`${r.file}\``),
    );
  });

  it('groups findings by file, one row per finding, messages intact after unescaping', () => {
    const t = tables(md).filter((x) => x.header[0] === 'Line' && x.header[1] === 'Severity');
    const open = (r: (typeof reports)[number]) => r.diagnostics.filter((d) => d.accepted === undefined);
    const withFindings = reports.filter((r) => open(r).length > 0);
    assert.equal(t.length, withFindings.length);
    t.forEach((table, i) => {
      const r = withFindings[i]!;
      assert.equal(table.rows.length, open(r).length);
      table.rows.forEach((row, k) => {
        const d = open(r)[k]!;
        assert.equal(row[0], `${d.range.start.line + 1}:${d.range.start.character + 1}`);
        assert.equal(row[2], `\`${d.rule}\``);
        assert.equal(row[3], d.message.replace(/\s*\n\s*/g, ' ').trim());
      });
    });
  });

  it('names `packaging-planner explain RULE` instead of links; links rules under a docs base URL', () => {
    assert.match(md, /Each rule is explained by `packaging-planner explain RULE`\./);
    assert.doesNotMatch(md, /\]\(http/);
    const base = 'https://git.acme.com/tools/packaging-planner/blob/main/docs';
    const linked = formatMarkdown(reports, { docsUrl: base });
    assert.doesNotMatch(linked, /explain RULE/);
    const t = tables(linked).find((x) => x.header[0] === 'Line')!;
    const rule = reports.find((r) => r.diagnostics.length > 0)!.diagnostics[0]!.rule;
    assert.equal(t.rows[0]![2], `[${rule}](${base}/rules/${rule}.md)`);
  });

  it('renders the matrix with pipes and HTML in names escaped: the table parses back row by row', () => {
    const matrix = tables(md).find(
      (x) => x.header[0] === 'Feature' && x.rows.some((r) => r[0]?.startsWith('Share')),
    );
    assert.ok(matrix, md);
    assert.equal(matrix.header.length, 1 + 2 + 3); // feature, two plans, side / recommendation / flags
    assert.equal(matrix.header[1], 'Free | tier<br>Free'.replace('<br>', '<br>'));
    assert.equal(matrix.rows.length, 1); // the unknown-plan feature has its own category ("Uncategorized")
    const [name, free, pro, side] = matrix.rows[0]!;
    assert.equal(name, 'Share | boards, 50%: `now`');
    assert.equal(free, '—');
    assert.equal(pro, 'Included');
    assert.equal(side, 'paid');
    // no raw HTML from the file survives
    assert.ok(!md.includes('<script>'));
    assert.ok(!md.includes('<img'));
    assert.ok(!md.includes('<i>team'));
  });
});

describe('accepted findings in every format (spec 4.5, 5)', () => {
  const text = `version: 1
product: {name: Acme}
growth: {acquisition: product-led, retention: product-led, freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: boards
    plan: free
    limits: {free: 3}
    signals: {ahaMoment: true, habitLoop: true, expansion: true}
  - id: guests
    plan: free
    limits: {free: 1}
    signals: {virality: true}
    accept:
      viral-wall: One guest is enough to try it; teams buy Pro.
  - id: embeds
    plan: pro
    signals: {virality: true}
`;
  const reports = [report('acme/packaging.yaml', text)];
  const reason = 'One guest is enough to try it; teams buy Pro.';

  it('the core marks the finding accepted and keeps it', () => {
    const ds = reports[0]!.diagnostics;
    assert.deepEqual(
      ds.map((d) => [d.rule, d.accepted ?? null]),
      [
        ['viral-wall', reason],
        ['gated-growth-driver', null],
      ],
    );
  });

  it('json: `accepted` on the diagnostic, acceptedCount apart, counts without it', () => {
    const json = JSON.parse(formatJson(reports));
    const f = json.files[0];
    assert.deepEqual([f.errorCount, f.warningCount, f.infoCount, f.acceptedCount], [0, 1, 0, 1]);
    const accepted = f.diagnostics.filter((d: { accepted?: string }) => 'accepted' in d);
    assert.equal(accepted.length, 1);
    assert.equal(accepted[0].accepted, reason);
    assert.equal(accepted[0].severity, 'warning');
    assert.deepEqual(Object.keys(accepted[0]), [
      'rule',
      'severity',
      'message',
      'feature',
      'accepted',
      'range',
    ]);
  });

  it('stylish: hidden unless --show-accepted, and the summary says how many were accepted', () => {
    const plain = formatStylish(reports, { color: false });
    assert.doesNotMatch(plain, /viral-wall/);
    assert.match(plain, /1 problem \(0 errors, 1 warning, 0 infos\) in 1 file; 1 accepted/);
    const shown = formatStylish(reports, { color: false, showAccepted: true });
    assert.match(
      shown,
      /accepted {2}.*\(accepted: One guest is enough to try it; teams buy Pro\.\) {2}viral-wall/,
    );
  });

  it('sarif: a suppression with the justification, still a valid result', () => {
    const sarif = toSarif(reports);
    const results = sarif.runs[0]!.results as Array<{ ruleId: string; suppressions?: unknown }>;
    const vw = results.find((r) => r.ruleId === 'viral-wall')!;
    assert.deepEqual(vw.suppressions, [{ kind: 'inSource', justification: reason }]);
    assert.equal(results.find((r) => r.ruleId === 'gated-growth-driver')!.suppressions, undefined);
    const rtm5 = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
    const validate = ajv.compile(JSON.parse(readFileSync(rtm5, 'utf8')));
    assert.ok(validate(JSON.parse(formatSarif(reports))), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('github: accepted findings are skipped', () => {
    const out = formatGithub(reports);
    assert.doesNotMatch(out, /viral-wall/);
    assert.match(out, /title=gated-growth-driver/);
  });

  it('markdown: counted without it, listed with its reason in a collapsed section', () => {
    const md = formatMarkdown(reports);
    assert.match(md, /⚠ 0 errors, 1 warning, 0 infos in 1 file\. 1 accepted \(not counted\)\./);
    assert.match(md, /<details><summary>Accepted findings \(1\)<\/summary>/);
    const acc = tables(md).find((t) => t.header[0] === 'Line' && t.header[2] === 'Reason')!;
    assert.equal(acc.rows.length, 1);
    assert.match(acc.rows[0]![1]!, /viral-wall/);
  });
});
