// The default match threshold, in a module of its own so settings can use it without the engine.

/**
 * Score below which nothing is shown. Tuned on tests/fixtures/match-dev (40 events, near misses,
 * unrelated news with like figures), tests/fixtures/match and Readability's 130 test pages: at 0.4 no
 * unrelated page shows anything and no match shown is of another event; coverage by other outlets that
 * shares few words scores from about 0.25, so some of it falls under. See tests/reports/match-quality.md.
 */
export const DEFAULT_THRESHOLD = 0.4;
