// Marks in the page (the "mark figures" setting, off by default): tells a tab's reader which of its
// figures the corpus also reports, after each reading and whenever the setting changes.
import { browser } from 'wxt/browser';
import type { ContentMessage } from '@/lib/messages';
import { figureMarks } from '@/lib/marks/figure-marks';
import { migrateSettings, type Settings } from '@/lib/settings';
import type { TabReport } from '@/lib/types';

/** Sends the tab its marks when the user wants them; a tab without a reader is no error. */
export async function sendFigureMarks(report: TabReport, settings: Settings): Promise<void> {
  if (!settings.markFigures) return;
  await sendMarks(report.tabId, { type: 'figure-marks', marks: figureMarks(report) });
}

/** The setting was turned on or off: marks for every read tab, or an empty list that removes them. */
export async function resendFigureMarks(change: { oldValue?: unknown; newValue?: unknown }): Promise<void> {
  const on = migrateSettings(change.newValue).markFigures;
  if (on === migrateSettings(change.oldValue).markFigures) return;
  const stored = await (browser.storage.session ?? browser.storage.local).get(null);
  for (const [key, value] of Object.entries(stored)) {
    const report = value as TabReport;
    if (!key.startsWith('report:') || report.state !== 'ready') continue;
    await sendMarks(report.tabId, { type: 'figure-marks', marks: on ? figureMarks(report) : [] });
  }
}

async function sendMarks(tabId: number, message: ContentMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // The tab has no reader (closed, navigated, never read): nothing to mark.
  }
}
