// Both through digest.js, so that the browser bundle's digest chunk is that module alone.
import {configHash, declarationDigest} from './digest.js';
import {resolveEndpoint} from './links.js';
import type {ConsentAction, ConsentConfig, ConsentMap, Lang} from './types.js';

/**
 * The body of a proof-of-consent beacon, JSON with exactly these fields. Nothing identifies
 * the device: no user agent, no screen, no address; the server sees the IP, which it should
 * not keep with the proof.
 */
export interface ConsentProof {
  /** The random consent id stored in the visitor's cookie. */
  id: string;
  /** When the decision was made, ISO 8601 in UTC (`2026-03-01T10:00:00.000Z`). */
  timestamp: string;
  /** The configuration's revision. */
  revision: number;
  /** `sha256-` + the SHA-256 (hex) of the canonical JSON of the configuration in force. */
  configHash: string;
  /**
   * `sha256:` + the digest of the declaration the visitor saw (`declarationDigest`): what
   * `cookie-charter digest` prints and the exported charter shows, texts left out.
   */
  digest: string;
  /** The state of every category. */
  consent: ConsentMap;
  lang: Lang;
  action: ConsentAction;
}

export interface ProofDecision {
  id: string;
  timestamp: number;
  revision: number;
  consent: ConsentMap;
  lang: Lang;
  action: ConsentAction;
}

export function proofBody(decision: ProofDecision, hash: string, digest: string): ConsentProof {
  return {
    id: decision.id,
    timestamp: new Date(decision.timestamp).toISOString(),
    revision: decision.revision,
    configHash: hash,
    digest,
    consent: {...decision.consent},
    lang: decision.lang,
    action: decision.action,
  };
}

/**
 * Sends proofs of consent to an endpoint, one `navigator.sendBeacon` per decision. The body is
 * a JSON string, so it goes as `text/plain;charset=UTF-8`: a cross-origin endpoint gets no
 * CORS preflight (it must still accept the POST).
 */
export class ProofSender {
  /** The endpoint resolved against the page's base; `null` when it is no valid endpoint. */
  readonly #endpoint: string | null;
  readonly #hash: Promise<string>;
  readonly #digest: string;

  /**
   * `endpoint` as the configuration holds it: an http(s) address, or a path that resolves to
   * the page's own origin (judged again here, against the page's base at that time, and sent to
   * as resolved). Anything else sends nothing.
   */
  constructor(endpoint: string, config: ConsentConfig) {
    this.#endpoint = resolveEndpoint(endpoint)?.href ?? null;
    this.#hash = configHash(config);
    this.#digest = declarationDigest(config);
  }

  /** Resolves once the beacon is queued (`false` when the browser refused it, or the endpoint is invalid). */
  async send(decision: ProofDecision): Promise<boolean> {
    const body = JSON.stringify(proofBody(decision, await this.#hash, this.#digest));
    try {
      return this.#endpoint !== null && typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function'
        ? navigator.sendBeacon(this.#endpoint, body)
        : false;
    } catch {
      return false;
    }
  }
}
