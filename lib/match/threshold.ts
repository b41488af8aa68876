// The default match threshold, in a module of its own so settings can use it without the engine.

/**
 * Score below which nothing is shown. Tuned on tests/fixtures/match: unrelated news (sport, the
 * economy, other wars and disasters with their own casualty figures) stays below it; coverage of
 * the same events and republished copies clear it. On the fixtures the highest unrelated page
 * scores 0.26 (a Red Sea shipping story that mentions Gaza) and the lowest labeled coverage 0.57:
 * 0.4 sits between with room on both sides. See tests/reports/match-quality.md.
 */
export const DEFAULT_THRESHOLD = 0.4;
