// Entry of the self-contained browser bundle (the package's `unpkg` file).
import './define.js';
export * from './index.js';
