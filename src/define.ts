/** Defines every element. The provider comes first so that widgets find it when they connect. */
import './define/provider.js';
