// The worker's one queue of merges that large imports leave (lib/match/merge-queue.ts): run after
// each import has returned, while no other import runs, with the worker kept running until done.
import { MergeQueue } from '@/lib/match/merge-queue';
import { getDb } from './db';
import { whileAwake } from './awake';

export const merges = new MergeQueue(getDb, { keepAwake: whileAwake });
