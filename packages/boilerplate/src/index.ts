export { cleanHtml, type CleanOptions } from './clean-html.ts';
export { BOILERPLATE_VERSION } from './version.ts';
