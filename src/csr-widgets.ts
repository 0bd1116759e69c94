/**
 * The script-tag build: one classic script that defines every element and takes its page default
 * config from its own `data-src` / `data-partner`.
 */
import './runtime/capture-script.js';
import './define.js';
