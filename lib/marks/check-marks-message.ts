// The content script's check of a `figure-marks` message before it draws anything: the shape, with
// every string bounded. (The sender, this extension's background, is checked by the caller.)
import type { ContentMessage, FigureMark, MarkEntry } from '../messages';
import { MAX_ENTRIES, MAX_MARKS } from './figure-marks';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOptString = (v: unknown, max: number) => v === null || isString(v, max);

function isEntry(v: unknown): v is MarkEntry {
  return (
    isObject(v) && isString(v.text, 300) && isOptString(v.counts, 300) && isOptString(v.event, 300) &&
    isOptString(v.outlet, 300) && isOptString(v.date, 40) && isString(v.source, 300)
  );
}

function isMark(v: unknown): v is FigureMark {
  return (
    isObject(v) && isString(v.text, 300) && isString(v.sentence, 2000) && isString(v.quantity, 300) &&
    Array.isArray(v.corpus) && v.corpus.length <= MAX_ENTRIES && v.corpus.every(isEntry)
  );
}

/** Whether `message` is a well-formed `figure-marks` message. */
export function isFigureMarksMessage(message: unknown): message is ContentMessage {
  return isObject(message) && message.type === 'figure-marks' && Array.isArray(message.marks) && message.marks.length <= MAX_MARKS && message.marks.every(isMark);
}
