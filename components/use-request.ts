// One request's state for a component: loading, its answer, or what went wrong.
import { useEffect, useState } from 'preact/hooks';

export type RequestState<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: string };

/** Runs `load` when `key` changes (not when null) and keeps the latest answer; stale answers are dropped. */
export function useRequest<T>(key: string | null, load: () => Promise<T>): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'failed', error: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

/** A thrown value as a sentence a person can read. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong.';
}
