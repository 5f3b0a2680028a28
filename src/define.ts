// Registers both elements (guarded: loading two copies is harmless) and sets up their texts.
import './cookie-consent/define.js';
import './cookie-charter/define.js';
