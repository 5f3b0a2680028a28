// What the scan found, judged against the configuration: one entry per cookie and storage key
// with its findings, the declarations never seen, the hosts contacted and the drafts of the
// missing declarations. Pure: it takes what the browser observed and returns the report.

/** The CNIL's ceiling for a tracker's lifetime: 13 months, counted as 395 days. */
export const MAX_LIFETIME_DAYS = 395;

/** The findings, in the order the report lists them. */
export const FINDINGS = ['set-before-consent', 'kept-after-refusal', 'undeclared', 'over-13-months'];

/** The three states of a page: no action, after "reject all", after "accept all" (each with its reload). */
export const STATES = ['before', 'afterRefusal', 'afterAcceptance'];

const DAY = 86400;
const IP = /^\d{1,3}(\.\d{1,3}){3}$|:/;
/** Two-label public suffixes a French public site meets; the rest count the last two labels as the site. */
const TWO_LABEL_SUFFIXES = new Set([
  'gouv.fr',
  'asso.fr',
  'com.fr',
  'nom.fr',
  'tm.fr',
  'presse.fr',
  'co.uk',
  'org.uk',
  'gov.uk',
  'ac.uk',
  'github.io',
  'gitlab.io',
  'netlify.app',
  'pages.dev',
]);

/** The site (registrable domain) of a host: `www.ville.gouv.fr` → `ville.gouv.fr`. */
export function siteOf(host) {
  const h = String(host).toLowerCase().replace(/^\./, '').replace(/\.$/, '');
  if (IP.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LABEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

/** Whether `host` is `pattern` or, for `*.example.fr`, `example.fr` or one of its subdomains. */
export function hostMatches(pattern, host) {
  const base = pattern.replace(/^\*\./, '');
  return host === base || (pattern.startsWith('*.') && host.endsWith(`.${base}`));
}

/** Whether a cookie set on `domain` is readable by, or set by, one of the hosts `pattern` names. */
function domainMatches(pattern, domain) {
  const base = pattern.replace(/^\*\./, '');
  return domain === base || base.endsWith(`.${domain}`) || domain.endsWith(`.${base}`);
}

/** A lifetime as a declaration says it: "Session", "30 minutes", "13 mois" / "13 months". */
export function describeLifetime(days) {
  if (days === null) return {fr: 'Session', en: 'Session'};
  const unit = (n, fr, frs, en, ens) => ({fr: `${n} ${n > 1 ? frs : fr}`, en: `${n} ${n > 1 ? ens : en}`});
  if (days < 1 / 24) {
    const m = Math.max(1, Math.round(days * 1440));
    return unit(m, 'minute', 'minutes', 'minute', 'minutes');
  }
  if (days < 1) return unit(Math.round(days * 24), 'heure', 'heures', 'hour', 'hours');
  if (days < 60) return unit(Math.round(days), 'jour', 'jours', 'day', 'days');
  const months = Math.round(days / 30.44);
  if (months < 24 || months % 12) return unit(months, 'mois', 'mois', 'month', 'months');
  return unit(months / 12, 'an', 'ans', 'year', 'years');
}

/**
 * Builds the report.
 * `pages`: what the browser saw, each with `states` (one snapshot per state: `{at, cookies,
 * storage, hosts}`, `at` in seconds) and `extra` (snapshots taken between an action and its
 * reload, used only to date when a cookie was first seen).
 * `config`: the checked configuration, or `null` (then nothing is declared).
 * `tools`: `{catalogue, namePattern, builtInCategories}` (the built-in configuration's
 * categories: the drafts' without a configuration).
 */
export function analyse({pages, config, tools}) {
  const {catalogue, namePattern} = tools;
  const required = new Set((config?.categories ?? []).filter((c) => c.required).map((c) => c.id));
  const consentCookie = config?.cookie?.name ?? null;
  const cookieDeclarations = (config?.cookies ?? []).map((d) => ({d, test: namePattern(d.name)}));
  const storageDeclarations = (config?.storage ?? []).map((d) => ({d, test: namePattern(d.key)}));
  const catalogueCookies = catalogue.flatMap((s) => s.cookies.map((c) => ({s, c, test: namePattern(c.name)})));
  const catalogueStorage = catalogue.flatMap((s) => s.storage.map((c) => ({s, c, test: namePattern(c.key)})));
  const byId = (id) => catalogue.find((s) => s.id === id);

  const cookies = new Map();
  const storage = new Map();
  const hosts = new Map();
  const seenFlags = () => ({before: false, afterRefusal: false, afterAcceptance: false});

  for (const page of pages) {
    if (!page.states) continue;
    const pageHost = new URL(page.finalUrl ?? page.url).hostname;
    const snapshots = [
      ...STATES.map((state) => [state, page.states[state]]),
      ...(page.extra ?? []).map((s) => [null, s]),
    ];
    for (const [state, snapshot] of snapshots) {
      if (!snapshot) continue;
      for (const c of snapshot.cookies) {
        const domain = c.domain.replace(/^\./, '');
        const id = `${c.name}\t${domain}\t${c.path}`;
        let entry = cookies.get(id);
        if (!entry) {
          entry = {
            name: c.name,
            domain,
            path: c.path,
            hostOnly: !c.domain.startsWith('.'),
            httpOnly: c.httpOnly,
            secure: c.secure,
            sameSite: c.sameSite ?? null,
            partitioned: Boolean(c.partitionKey),
            session: c.session || c.expires < 0,
            expires: null,
            lifetimeDays: null,
            thirdParty: siteOf(domain) !== siteOf(pageHost),
            seen: seenFlags(),
            pages: [],
            service: null,
            declared: null,
            findings: [],
          };
          cookies.set(id, entry);
        }
        if (state) entry.seen[state] = true;
        if (!entry.pages.includes(page.url)) entry.pages.push(page.url);
        if (!(c.session || c.expires < 0)) {
          entry.session = false;
          const days = (c.expires - snapshot.at) / DAY;
          if (entry.lifetimeDays === null || days > entry.lifetimeDays) {
            entry.lifetimeDays = days;
            entry.expires = new Date(c.expires * 1000).toISOString();
          }
        }
      }
      for (const s of snapshot.storage) {
        const id = `${s.storage}\t${s.key}\t${s.domain}`;
        let entry = storage.get(id);
        if (!entry) {
          entry = {
            key: s.key,
            storage: s.storage,
            domain: s.domain,
            thirdParty: siteOf(s.domain) !== siteOf(pageHost),
            seen: seenFlags(),
            pages: [],
            service: null,
            declared: null,
            findings: [],
          };
          storage.set(id, entry);
        }
        if (state) entry.seen[state] = true;
        if (!entry.pages.includes(page.url)) entry.pages.push(page.url);
      }
      if (!state) continue;
      for (const host of snapshot.hosts) {
        let entry = hosts.get(host);
        if (!entry) {
          const service = catalogue.find((s) => s.hosts.some((h) => hostMatches(h, host)));
          entry = {
            host,
            thirdParty: siteOf(host) !== siteOf(pageHost),
            seen: seenFlags(),
            service: service ? {id: service.id, name: service.name} : null,
          };
          hosts.set(host, entry);
        }
        entry.seen[state] = true;
      }
    }
  }

  const serviceForCookie = (entry) => {
    if (consentCookie && entry.name === consentCookie && !entry.thirdParty) return byId('cookie-consent');
    const byName = catalogueCookies.filter(
      ({c, test}) => test(entry.name) && (!c.domains || c.domains.some((d) => domainMatches(d, entry.domain)))
    );
    const onItsHost = byName.find(({s}) => s.hosts.some((h) => domainMatches(h, entry.domain)));
    if (onItsHost || byName[0]) return (onItsHost ?? byName[0]).s;
    // A provider that publishes no list: its cookies are known by their domain.
    if (entry.thirdParty) return catalogue.find((s) => s.hosts.some((h) => domainMatches(h, entry.domain))) ?? null;
    return null;
  };

  const judge = (entry, declared, exempt) => {
    const isRequired = declared !== null && required.has(declared.category);
    if (entry.seen.before && !isRequired && !exempt) entry.findings.push('set-before-consent');
    if (entry.seen.afterRefusal && !isRequired && !exempt) entry.findings.push('kept-after-refusal');
    if (declared === null) entry.findings.push('undeclared');
  };

  for (const entry of cookies.values()) {
    const candidates = cookieDeclarations.filter(({test}) => test(entry.name)).map(({d}) => d);
    entry.declared =
      candidates.find((d) => d.domain && domainMatches(d.domain.replace(/^\./, ''), entry.domain)) ??
      candidates[0] ??
      null;
    const service = serviceForCookie(entry);
    entry.service = service ? {id: service.id, name: service.name} : null;
    // The element's own consent cookie stores the refusal itself: it is never a violation.
    judge(entry, entry.declared, entry.name === consentCookie && !entry.thirdParty);
    if (entry.lifetimeDays !== null && entry.lifetimeDays > MAX_LIFETIME_DAYS) entry.findings.push('over-13-months');
    if (entry.lifetimeDays !== null) entry.lifetimeDays = Math.round(entry.lifetimeDays * 10) / 10;
  }
  for (const entry of storage.values()) {
    entry.declared = storageDeclarations.find(({d, test}) => d.storage === entry.storage && test(entry.key))?.d ?? null;
    const match = catalogueStorage.find(({c, test}) => c.storage === entry.storage && test(entry.key));
    entry.service = match ? {id: match.s.id, name: match.s.name} : null;
    judge(entry, entry.declared, false);
  }

  const cookieList = [...cookies.values()].sort(
    (a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name) || a.path.localeCompare(b.path)
  );
  const storageList = [...storage.values()].sort(
    (a, b) => a.domain.localeCompare(b.domain) || a.storage.localeCompare(b.storage) || a.key.localeCompare(b.key)
  );
  const declaredNotSeen = [
    ...cookieDeclarations
      .filter(({test}) => !cookieList.some((c) => test(c.name)))
      .map(({d}) => ({kind: 'cookie', name: d.name, category: d.category, provider: d.provider})),
    ...storageDeclarations
      .filter(({d, test}) => !storageList.some((s) => s.storage === d.storage && test(s.key)))
      .map(({d}) => ({kind: 'storage', key: d.key, storage: d.storage, category: d.category})),
  ];

  // Drafts: a declaration for each undeclared cookie, by the catalogue's name or pattern.
  // Without a configuration, in the categories of the built-in one, which a page without any uses.
  const draftCategories = config?.categories ?? tools.builtInCategories ?? [];
  const firstRequired = draftCategories.find((c) => c.required)?.id ?? 'necessary';
  const firstOptional = draftCategories.find((c) => !c.required)?.id;
  const has = (id) => draftCategories.some((c) => c.id === id);
  const suggestCategory = (suggested, thirdParty) => {
    if (suggested === 'necessary') return has('necessary') ? 'necessary' : firstRequired;
    const wanted = suggested ?? (thirdParty ? 'third-party' : 'first-party');
    return has(wanted) ? wanted : (firstOptional ?? wanted);
  };
  const drafts = [];
  const draftNames = new Set();
  for (const entry of cookieList) {
    if (entry.declared) continue;
    const service = entry.service ? byId(entry.service.id) : null;
    const known = service?.cookies.find((c) => namePattern(c.name)(entry.name));
    const name = known?.name ?? entry.name;
    if (draftNames.has(name)) continue;
    draftNames.add(name);
    const isConsentCookie = entry.name === consentCookie && !entry.thirdParty;
    const draft = {
      category: isConsentCookie ? firstRequired : suggestCategory(service?.category, entry.thirdParty),
      provider: service?.provider ?? siteOf(entry.domain),
    };
    if (service) draft.service = service.name;
    draft.name = name;
    draft.purpose = known ? {...known.purpose} : {fr: 'À préciser', en: 'To be completed'};
    draft.duration = entry.session ? {fr: 'Session', en: 'Session'} : describeLifetime(entry.lifetimeDays);
    if (entry.thirdParty) draft.domain = entry.domain;
    drafts.push(draft);
  }
  const storageDrafts = [];
  const storageDraftKeys = new Set();
  for (const entry of storageList) {
    if (entry.declared) continue;
    const service = entry.service ? byId(entry.service.id) : null;
    const key =
      service?.storage.find((s) => s.storage === entry.storage && namePattern(s.key)(entry.key))?.key ?? entry.key;
    if (storageDraftKeys.has(`${entry.storage}:${key}`)) continue;
    storageDraftKeys.add(`${entry.storage}:${key}`);
    storageDrafts.push({category: suggestCategory(service?.category, entry.thirdParty), storage: entry.storage, key});
  }

  const count = (finding) =>
    cookieList.filter((c) => c.findings.includes(finding)).length +
    storageList.filter((s) => s.findings.includes(finding)).length;
  const summary = {
    pages: pages.length,
    cookies: cookieList.length,
    storage: storageList.length,
    hosts: hosts.size,
    setBeforeConsent: count('set-before-consent'),
    keptAfterRefusal: count('kept-after-refusal'),
    undeclared: count('undeclared'),
    over13Months: count('over-13-months'),
    declaredNotSeen: declaredNotSeen.length,
  };
  return {
    summary,
    cookies: cookieList,
    storage: storageList,
    declaredNotSeen,
    hosts: [...hosts.values()].sort(
      (a, b) => Number(a.thirdParty) - Number(b.thirdParty) || a.host.localeCompare(b.host)
    ),
    violations: summary.setBeforeConsent + summary.keptAfterRefusal,
    drafts,
    storageDrafts,
  };
}

/** The exit code a `--fail-on` rule gives a report: 1 when it fails, else 0. */
export function failCode(report, failOn) {
  if (failOn === 'never') return 0;
  if (report.violations > 0) return 1;
  return failOn === 'undeclared' && report.summary.undeclared > 0 ? 1 : 0;
}
