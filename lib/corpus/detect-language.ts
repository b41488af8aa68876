// A text's language when it does not state it: see lib/text/language.ts.
export { detectLanguage } from '../text/language';
