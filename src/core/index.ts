export * from './types.js';
export * from './text.js';
export * from './config.js';
export * from './consent-record.js';
export * from './cookie-jar.js';
export * from './store.js';
export * from './locale.js';
export * from './config-source.js';
