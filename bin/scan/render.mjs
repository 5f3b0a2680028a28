// The scan's report as Markdown (stdout, report.md) and as an HTML page (report.html) that a
// person would rather read, with the banner's screenshot.

const TITLES = {
  'set-before-consent': 'Set before consent: present before any action, not declared in a required category',
  'kept-after-refusal': 'Kept after refusal: present after "reject all" and a reload, not in a required category',
  undeclared: 'Undeclared: no declaration of the configuration matches it',
  'over-13-months': 'Over 13 months: it expires more than 395 days after it was set (the CNIL’s ceiling)',
};

const yesNo = (value) => (value ? 'yes' : '—');

function lifetime(entry) {
  if (entry.session) return 'session';
  return `${entry.lifetimeDays} days`;
}

function declaredAs(entry) {
  if (!entry.declared) return entry.service ? `— (catalogue: ${entry.service.name})` : '—';
  return `${entry.declared.category}: ${entry.declared.name ?? entry.declared.key}`;
}

/** The rows of the cookie and storage tables, as cells. */
function rows(report, finding) {
  const cookieRows = report.cookies
    .filter((c) => !finding || c.findings.includes(finding))
    .map((c) => [
      `cookie \`${c.name}\``,
      `${c.domain}${c.path !== '/' ? c.path : ''}${c.thirdParty ? ' (third party)' : ''}`,
      [c.httpOnly && 'HttpOnly', c.secure && 'Secure', c.sameSite, c.partitioned && 'Partitioned']
        .filter(Boolean)
        .join(', '),
      yesNo(c.seen.before),
      yesNo(c.seen.afterRefusal),
      yesNo(c.seen.afterAcceptance),
      lifetime(c),
      declaredAs(c),
      c.findings.join(', ') || '—',
    ]);
  const storageRows = report.storage
    .filter((s) => !finding || s.findings.includes(finding))
    .map((s) => [
      `${s.storage}Storage \`${s.key}\``,
      `${s.domain}${s.thirdParty ? ' (third party)' : ''}`,
      '',
      yesNo(s.seen.before),
      yesNo(s.seen.afterRefusal),
      yesNo(s.seen.afterAcceptance),
      '',
      declaredAs(s),
      s.findings.join(', ') || '—',
    ]);
  return [...cookieRows, ...storageRows];
}

const HEAD = [
  'Name',
  'Domain',
  'Flags',
  'Before',
  'After refusal',
  'After acceptance',
  'Lifetime',
  'Declared as',
  'Findings',
];

/** One line that says it all, for a terminal or a CI log. */
export function summaryLine(report) {
  const s = report.summary;
  const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    `${report.violations === 0 ? 'No violation' : `**${plural(report.violations, 'violation')}**`} ` +
    `(${s.setBeforeConsent} set before consent, ${s.keptAfterRefusal} kept after refusal); ` +
    `${s.undeclared} undeclared, ${s.over13Months} over 13 months, ${s.declaredNotSeen} declared but not seen; ` +
    `${plural(s.cookies, 'cookie')}, ${plural(s.storage, 'storage key')}, ${plural(s.hosts, 'host')} contacted, ` +
    `${plural(s.pages, 'page')}.`
  );
}

const cell = (value) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, body) =>
  [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

function pageRows(report) {
  return report.pages.map((p) => [
    p.url,
    p.error ? `unreachable: ${p.error}` : String(p.status ?? ''),
    p.refusal?.method ? `${p.refusal.method}: ${p.refusal.name}` : 'not found',
    p.acceptance?.method ? `${p.acceptance.method}: ${p.acceptance.name}` : 'not found',
  ]);
}

export function renderMarkdown(report) {
  const out = [`# Cookie scan of ${report.urls.join(', ')}`, '', summaryLine(report), ''];
  out.push(
    `Scanned on ${report.date} with ${report.browser}; configuration: ${report.config.source ?? 'none (everything is undeclared)'}` +
      `${report.config.location ? ` (${report.config.location})` : ''}.`,
    ''
  );
  if (report.config.issues.length) {
    out.push('Configuration problems:', '', ...report.config.issues.map((i) => `- \`${i.path}\`: ${i.message}`), '');
  }
  for (const finding of ['set-before-consent', 'kept-after-refusal', 'undeclared', 'over-13-months']) {
    const body = rows(report, finding);
    out.push(`## ${finding}`, '', TITLES[finding], '', body.length ? table(HEAD, body) : 'None.', '');
  }
  out.push('## declared-not-seen', '', 'Declared in the configuration, never seen on the pages scanned.', '');
  out.push(
    report.declaredNotSeen.length
      ? table(
          ['Kind', 'Name or key', 'Category'],
          report.declaredNotSeen.map((d) => [
            d.kind === 'cookie' ? 'cookie' : `${d.storage}Storage`,
            d.name ?? d.key,
            d.category,
          ])
        )
      : 'None.',
    ''
  );
  out.push('## Pages', '', table(['Page', 'Status', 'Refusal', 'Acceptance'], pageRows(report)), '');
  const third = report.hosts.filter((h) => h.thirdParty);
  out.push('## Third-party hosts contacted', '');
  out.push(
    third.length
      ? table(
          ['Host', 'Service', 'Before', 'After refusal', 'After acceptance'],
          third.map((h) => [
            h.host,
            h.service?.name ?? '—',
            yesNo(h.seen.before),
            yesNo(h.seen.afterRefusal),
            yesNo(h.seen.afterAcceptance),
          ])
        )
      : 'None.',
    ''
  );
  out.push('## All cookies and storage keys', '', rows(report).length ? table(HEAD, rows(report)) : 'None.', '');
  if (report.drafts.length || report.storageDrafts.length) {
    out.push('## Drafts', '', 'Declarations for what is undeclared, to check and paste into the configuration.', '');
    if (report.drafts.length)
      out.push('`cookies[]`:', '', '```json', JSON.stringify(report.drafts, null, 2), '```', '');
    if (report.storageDrafts.length)
      out.push('`storage[]`:', '', '```json', JSON.stringify(report.storageDrafts, null, 2), '```', '');
  }
  return out.join('\n');
}

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

function htmlTable(caption, head, body) {
  return `<div class="scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c).replace(/`([^`]+)`/g, '<code>$1</code>')}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table></div>`;
}

export function renderHtml(report) {
  const sections = [];
  for (const finding of ['set-before-consent', 'kept-after-refusal', 'undeclared', 'over-13-months']) {
    const body = rows(report, finding);
    sections.push(
      `<section><h2 id="${finding}">${escapeHtml(finding)} <span class="count">${body.length}</span></h2>
<p>${escapeHtml(TITLES[finding])}</p>
${body.length ? htmlTable(finding, HEAD, body) : '<p class="none">None.</p>'}</section>`
    );
  }
  sections.push(
    `<section><h2 id="declared-not-seen">declared-not-seen <span class="count">${report.declaredNotSeen.length}</span></h2>
<p>Declared in the configuration, never seen on the pages scanned.</p>
${
  report.declaredNotSeen.length
    ? htmlTable(
        'declared-not-seen',
        ['Kind', 'Name or key', 'Category'],
        report.declaredNotSeen.map((d) => [
          d.kind === 'cookie' ? 'cookie' : `${d.storage}Storage`,
          d.name ?? d.key,
          d.category,
        ])
      )
    : '<p class="none">None.</p>'
}</section>`
  );
  sections.push(
    `<section><h2 id="pages">Pages</h2>${htmlTable('Pages', ['Page', 'Status', 'Refusal', 'Acceptance'], pageRows(report))}</section>`
  );
  sections.push(
    `<section><h2 id="hosts">Hosts contacted</h2>${htmlTable(
      'Hosts contacted',
      ['Host', 'Third party', 'Service', 'Before', 'After refusal', 'After acceptance'],
      report.hosts.map((h) => [
        h.host,
        yesNo(h.thirdParty),
        h.service?.name ?? '—',
        yesNo(h.seen.before),
        yesNo(h.seen.afterRefusal),
        yesNo(h.seen.afterAcceptance),
      ])
    )}</section>`
  );
  sections.push(
    `<section><h2 id="all">All cookies and storage keys</h2>${htmlTable('All cookies and storage keys', HEAD, rows(report))}</section>`
  );
  if (report.drafts.length || report.storageDrafts.length) {
    sections.push(`<section><h2 id="drafts">Drafts</h2>
<p>Declarations for what is undeclared, to check and paste into the configuration.</p>
${report.drafts.length ? `<h3><code>cookies[]</code></h3><pre><code>${escapeHtml(JSON.stringify(report.drafts, null, 2))}</code></pre>` : ''}
${report.storageDrafts.length ? `<h3><code>storage[]</code></h3><pre><code>${escapeHtml(JSON.stringify(report.storageDrafts, null, 2))}</code></pre>` : ''}
</section>`);
  }
  const status = report.violations === 0 ? 'ok' : 'fail';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie scan of ${escapeHtml(report.urls.join(', '))}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; color: #161616; margin: 0 auto; max-width: 80rem; padding: 1rem; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #929292; }
  .count { font-weight: normal; color: #3a3a3a; }
  .summary { padding: 0.75rem 1rem; border-left: 6px solid; background: #f6f6f6; }
  .summary.ok { border-color: #18753c; } .summary.fail { border-color: #ce0500; }
  .scroll { overflow-x: auto; } table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
  caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
  th, td { border: 1px solid #929292; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #eeeeee; } tbody tr:nth-child(even) { background: #f6f6f6; }
  figure { margin: 1rem 0; } figure img { max-width: 100%; border: 1px solid #929292; }
  pre { background: #f6f6f6; padding: 0.75rem; overflow-x: auto; } .none { color: #3a3a3a; }
  :focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>Cookie scan of ${escapeHtml(report.urls.join(', '))}</h1>
<p class="summary ${status}">${escapeHtml(summaryLine(report).replace(/\*\*/g, ''))}</p>
<p>Scanned on ${escapeHtml(report.date)} with ${escapeHtml(report.browser)}; configuration: ${escapeHtml(report.config.source ?? 'none (everything is undeclared)')}${report.config.location ? ` (${escapeHtml(report.config.location)})` : ''}.</p>
${report.config.issues.length ? `<p>Configuration problems:</p><ul>${report.config.issues.map((i) => `<li><code>${escapeHtml(i.path)}</code>: ${escapeHtml(i.message)}</li>`).join('')}</ul>` : ''}
${report.screenshot ? `<figure><img src="data:image/png;base64,${report.screenshot}" alt="The first page as a visitor first sees it, banner included" width="1280" height="800"><figcaption>The first page on a first visit, before any action.</figcaption></figure>` : ''}
${sections.join('\n')}
</main>
</body>
</html>
`;
}
