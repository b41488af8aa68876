// The reader "route" of the popup and side panel: which corpus article is open, and giving focus back
// to what opened it when the reader closes.
import { useCallback, useRef, useState } from 'preact/hooks';

export interface UseReader {
  articleId: string | null;
  open(id: string): void;
  close(): void;
}

/** Opens and closes the corpus article reader, restoring focus to the opener on close. */
export function useReader(): UseReader {
  const [articleId, setArticleId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((id: string) => {
    opener.current = (globalThis.document?.activeElement as HTMLElement | null) ?? null;
    setArticleId(id);
  }, []);
  const close = useCallback(() => {
    setArticleId(null);
    const back = opener.current;
    opener.current = null;
    // The opener is hidden while the reader shows; focus it once it is visible again.
    if (back) setTimeout(() => back.isConnected && back.focus?.(), 0);
  }, []);
  return { articleId, open, close };
}
