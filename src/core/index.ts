export * from './types.js';
export * from './text.js';
export * from './config.js';
export * from './consent-record.js';
export * from './cookie-jar.js';
export * from './store.js';
export * from './locale.js';
export * from './config-source.js';
export * from './pattern.js';
export * from './cleanup.js';
export * from './gating.js';
export {TRUSTED_TYPES_POLICY} from './trusted-types.js';
export * from './gpc.js';
export * from './sync.js';
export * from './hash.js';
export * from './proof.js';
export * from './integrations/google-consent-mode.js';
export * from './integrations/matomo.js';
export * from './services.js';
export {
  declarationDigest,
  declarationOf,
  finishConfig,
  revisionOfDigest,
  stampDigest,
  DECLARATION_FORMAT,
  REVISION_DIGITS,
  type Declaration,
} from './digest.js';
export * from './history.js';
