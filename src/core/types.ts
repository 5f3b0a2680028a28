/**
 * The public configuration format shared by `<cookie-consent>` and `<cookie-charter>`.
 * Fields may be added over time; none is ever renamed.
 */

/** The languages the elements ship texts for. French is the source language. */
export type Lang = 'fr' | 'en' | 'de' | 'es' | 'it' | 'nl';

/**
 * Every text of the configuration is either a plain string (shown as it is, whatever the
 * language) or a map of language codes to strings (`{"fr": "…", "en": "…"}`).
 */
export type LocalizedText = string | {[lang: string]: string};

export interface SiteConfig {
  /** The site's name, as visitors know it (`data.seineouest.fr`). */
  name: LocalizedText;
  /** The site's address, shown in the charter. */
  url?: string;
  /** Address of the cookie policy page; the banner links to it when set. */
  policyUrl?: string;
}

export interface ConsentCookieConfig {
  /** Name of the first-party cookie that stores the decision. */
  name: string;
  /** How long a decision is kept, in days (default 182, at most 395, i.e. 13 months). */
  maxAgeDays: number;
  /** Domain attribute of the cookie; `null` keeps the cookie host-only. */
  domain: string | null;
}

export interface CategoryConfig {
  /** Stable identifier used by events, gating attributes and the stored decision. */
  id: string;
  /** A required category is always on: it needs no consent and cannot be refused. */
  required?: boolean;
  title: LocalizedText;
  description?: LocalizedText;
}

export interface CookieDeclaration {
  /** The id of the category this cookie belongs to. */
  category: string;
  provider: LocalizedText;
  /** The service and where it runs ("Authentification (front et back office)"). */
  service?: LocalizedText;
  /** The cookie name, or a pattern with `*` (`_ga*`, `_pk_id.*`). */
  name: string;
  purpose: LocalizedText;
  duration?: LocalizedText;
  /** Domain the cookie is set on, when it is not the current host or one of its parents. */
  domain?: string;
  /** Path the cookie is set on (default `/`). */
  path?: string;
}

/** A kind of cookie the charter explains ("Il existe plusieurs types de cookies"). */
export interface CookieType {
  title: LocalizedText;
  description?: LocalizedText;
}

export interface StorageDeclaration {
  category: string;
  /** `local` for localStorage, `session` for sessionStorage. */
  storage: 'local' | 'session';
  /** The key, or a pattern with `*`. */
  key: string;
}

export interface GoogleConsentModeConfig {
  enabled: boolean;
  /** Category id → Google consent types granted with it. */
  mapping?: {[categoryId: string]: string[]};
}

export interface MatomoConfig {
  enabled: boolean;
  /** The category whose consent lets Matomo set cookies (default `statistics`). */
  category?: string;
}

export interface IntegrationsConfig {
  googleConsentMode?: GoogleConsentModeConfig;
  matomo?: MatomoConfig;
}

/** Where proofs of consent are sent: one beacon per decision (see `proof.ts` for the body). */
export interface ProofConfig {
  /** An http(s) address, or a path on this site (`/consent-proofs`). */
  endpoint: string;
}

/**
 * Who decides why and how the data the cookies collect are processed (the "responsable du
 * traitement": the city, department… that publishes the site), shown in the charter's rights
 * section.
 */
export interface ControllerConfig {
  /** The body's name (`Ville de Boulogne-Billancourt`). */
  name: LocalizedText;
  /** Its postal address; line breaks are kept. */
  address?: LocalizedText;
  /** How to reach it: an e-mail address or an http(s) address, as `DpoConfig.contact`. */
  contact?: string;
}

/**
 * The data protection officer (DPO, "délégué à la protection des données"), when the
 * controller has one.
 */
export interface DpoConfig {
  /**
   * An e-mail address (`dpo@example.fr`, also written `mailto:dpo@example.fr`) or an absolute
   * http(s) address (a contact form). Anything else is refused by the check.
   */
  contact: string;
}

/**
 * What the banner and the consent store need of a configuration: its revision, site, consent
 * cookie and category ids. The built-in configuration is shown with this much at first; its
 * texts and cookie list (a `ConsentConfig`) load when something shows them.
 */
export interface ConfigSkeleton {
  /**
   * A whole number. With `"revision": "auto"`, the first 13 hex digits of the declaration's
   * digest read as a number (`revisionOfDigest`, core/digest.ts), set by the check.
   */
  revision: number;
  site: SiteConfig;
  cookie: ConsentCookieConfig;
  categories: Array<Pick<CategoryConfig, 'id' | 'required'>>;
}

/**
 * One version of the policy, for the charter's history and for the returning visitor who is
 * asked again (the banner shows the changes made since their last choice).
 */
export interface HistoryEntry {
  /**
   * The version: a whole-number revision, or, with `"revision": "auto"`, its digest as
   * `cookie-charter digest` prints it (`sha256:` and at least its first 8 hex digits).
   */
  revision: number | string;
  /** The day the version came into force (`2026-11-02`). */
  date: string;
  /** What changed, in the visitor's words. */
  changes: LocalizedText;
}

/** A service of the catalogue a configuration names, with the category its declarations went under. */
export interface ResolvedService {
  /** The id of a service of the catalogue (`matomo`, `youtube`, …). */
  id: string;
  /** The id of the configuration's category the service was put under. */
  category: string;
}

export interface ConsentConfig extends ConfigSkeleton {
  /**
   * Bump it and every visitor is asked again. In the configuration as written, `"auto"` asks
   * again whenever the declaration changes: the check makes it from the declaration's digest
   * and sets `digest`.
   */
  revision: number;
  /**
   * With `"revision": "auto"`: the declaration's digest (`sha256:` and 64 hex digits,
   * `declarationDigest`), whose first 13 hex digits made `revision`. Absent otherwise.
   */
  digest?: string;
  /** Date of the last change of the policy (ISO 8601, `2024-05-01`), shown by the charter. */
  updated?: string;
  categories: CategoryConfig[];
  cookies: CookieDeclaration[];
  /**
   * The kinds of cookies the charter explains under "Qu'est-ce qu'un cookie ?": the built-in
   * configuration's are the seed's four (necessary, statistics, first-party, third-party), and
   * come with its categories. Without them, the charter explains the categories there.
   */
  cookieTypes?: CookieType[];
  storage?: StorageDeclaration[];
  integrations?: IntegrationsConfig;
  /** Optional proof of consent. */
  proof?: ProofConfig;
  /** Who is responsible for the data, shown in the charter's rights section. */
  controller?: ControllerConfig;
  /** The controller's data protection officer. */
  dpo?: DpoConfig;
  /** The versions of the policy, in any order (shown newest first). */
  history?: HistoryEntry[];
  /**
   * The services of the catalogue the configuration names, as resolved when their cookies were
   * added to `cookies` (the declaration's digest counts them, cookies or not).
   */
  services?: ResolvedService[];
}

/** The state of every category: `true` when granted. Required categories are always `true`. */
export type ConsentMap = {[categoryId: string]: boolean};

/** What the visitor did. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'save' | 'close' | 'withdraw' | 'gpc';

/** One problem found in a configuration, with the path of the faulty field. */
export interface ConfigIssue {
  /** Path of the field, such as `categories[1].id` or `cookie.maxAgeDays`. */
  path: string;
  message: string;
}
