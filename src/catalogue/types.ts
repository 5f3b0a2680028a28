/**
 * The catalogue of services that public sites embed: for each, the cookies and web-storage keys
 * it sets, the hosts it loads from and the category it belongs in. A configuration names a
 * service (`"services": [{"id": "matomo", "category": "statistics"}]`) and `expandServices`
 * (core/services.ts) turns it into declarations; the scan uses it to name what it finds.
 */
import type {ServiceId} from './ids.js';

export type {ServiceId};

/** A text in French and in English. */
export interface BilingualText {
  fr: string;
  en: string;
}

/**
 * The category a service suggests: what needs no consent, audience measurement, and what
 * another site sets or reads (the built-in configuration's three purposes). `first-party`, the
 * seed's fourth kind of cookie, is kept for configurations that still have such a category; no
 * service of the catalogue suggests it.
 */
export type SuggestedCategory = 'necessary' | 'statistics' | 'first-party' | 'third-party';

export interface CatalogueCookie {
  /** The cookie name, or a pattern with `*` (`_pk_id.*`), as in a configuration's `cookies[]`. */
  name: string;
  purpose: BilingualText;
  /** As the provider documents it ("13 mois", "Session"). */
  duration: BilingualText;
  /**
   * The domains the cookie is set on when it is not the site's own (a third-party cookie of an
   * embed, `youtube.com`): the scan names the service only for a cookie of one of them, since
   * such names (`csrftoken`, `lang`) are common elsewhere.
   */
  domains?: string[];
}

export interface CatalogueStorage {
  /** The key, or a pattern with `*`. */
  key: string;
  storage: 'local' | 'session';
  purpose: BilingualText;
}

export interface CatalogueService {
  /** Stable identifier, as named by a configuration's `services[].id`. */
  id: ServiceId;
  /** The service as people know it ("Google Analytics 4"). */
  name: string;
  /** Who runs it ("Google"). */
  provider: string;
  /** What it does, in a sentence. */
  description: BilingualText;
  /** Where a configuration that does not choose puts it. */
  category: SuggestedCategory;
  cookies: CatalogueCookie[];
  storage: CatalogueStorage[];
  /** Host names it loads from or sends to; `*.` matches any subdomain (and the domain itself). */
  hosts: string[];
  /** When the CNIL exempts a configuration of it from consent: which, and on what condition. */
  exemption?: BilingualText;
  /** The provider's public page that documents these cookies. */
  source: string;
}
