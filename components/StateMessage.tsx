import { useEffect, useState } from 'preact/hooks';
import type { TabReport } from '../lib/types';
import { Icon, type IconName } from './Icon';
import { Spinner } from './Spinner';
import { NextActions } from './NextActions';

export type StateMessageProps = {
  /** The report's state; 'none' when the tab has no report yet. */
  state: TabReport['state'] | 'none';
  message?: string | null;
  /** Reads the page now: shown where reading waits on the user. */
  onRead?: () => void;
  /** When the report took its state (ms since epoch): a reading that has gone on too long is offered again. */
  since?: number;
};

/**
 * How long a page may stay "Reading…" before the user is offered to read it again. A page is read
 * in well under a second; one whose reader never reported (the tab was discarded, the page replaced
 * itself while it loaded) would otherwise spin for good.
 */
export const READING_TOO_LONG_MS = 15_000;

/** Whether a reading begun at `since` has gone on too long; turns true at that moment while shown. */
function useTooLong(since: number | undefined, active: boolean): boolean {
  const left = since === undefined ? Infinity : since + READING_TOO_LONG_MS - Date.now();
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active || !Number.isFinite(left) || left <= 0) return;
    const timer = setTimeout(() => setTick((n) => n + 1), left + 50);
    return () => clearTimeout(timer);
  }, [active, since]);
  return active && left <= 0;
}

/** `text` says what to do; a report's own message replaces it, except after an error, where both are shown. */
type Copy = { icon: IconName; title: string; text: string; action?: string };

const COPY: Record<Exclude<StateMessageProps['state'], 'ready' | 'reading'>, Copy> = {
  'not-article': {
    icon: 'page',
    title: 'This page doesn’t look like an article',
    text: 'Reading Context reads news articles. Open one, or read this page anyway.',
    action: 'Read this page anyway',
  },
  unsupported: {
    icon: 'blocked',
    title: 'Reading Context can’t read this page',
    text: 'Browser pages, the extension store and the PDF viewer are closed to extensions. Open a news article on a website.',
  },
  error: {
    icon: 'error',
    title: 'Reading this page failed',
    text: 'Reload the page to try again.',
    action: 'Try again',
  },
  disabled: {
    icon: 'pause',
    title: 'Not read yet',
    text: 'This site is on your never-read list, or Reading Context reads only when you ask.',
    action: 'Read this page',
  },
  none: {
    icon: 'empty',
    title: 'Nothing read on this page yet',
    text: 'Reading Context hasn’t read this tab. It reads only the page, on this device.',
    action: 'Read this page',
  },
};

/** What to say, honestly, when there is no ready report: reading, not an article, unsupported, failed, waiting. */
export function StateMessage({ state, message, onRead, since }: StateMessageProps) {
  const tooLong = useTooLong(since, state === 'reading');
  if (state === 'ready') return null;
  if (state === 'reading' && tooLong) {
    return (
      <div class="state state-reading-late">
        <span class="state-icon">
          <Icon name="page" size={20} />
        </span>
        <h2 class="state-title">This page hasn’t been read yet</h2>
        <p class="muted">Reading usually takes a moment; this page has taken more than 15 seconds.</p>
        {onRead && (
          <button type="button" class="button button-primary" onClick={onRead}>
            Read this page again
          </button>
        )}
      </div>
    );
  }
  if (state === 'reading') {
    return (
      <div class="state state-reading">
        <Spinner label="Reading this page…" />
        <p class="muted">Finding related articles, figures and sources in your corpus.</p>
      </div>
    );
  }
  const copy = COPY[state];
  return (
    <div class={`state state-${state}`}>
      <span class="state-icon">
        <Icon name={copy.icon} size={20} />
      </span>
      <h2 class="state-title">{copy.title}</h2>
      {message && <p class="state-detail">{message}</p>}
      {(!message || state === 'error') && <p class="muted">{copy.text}</p>}
      {copy.action && onRead && (
        <button type="button" class="button button-primary" onClick={onRead}>
          {copy.action}
        </button>
      )}
      {!copy.action && <NextActions actions={['settings']} />}
    </div>
  );
}
