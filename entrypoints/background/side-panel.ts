// The side panel (Chrome) or sidebar (Firefox), opened from a user's click.
import { browser } from 'wxt/browser';

export async function openSidePanel(tabId: number): Promise<{ ok: boolean }> {
  try {
    if (browser.sidePanel?.open) {
      await browser.sidePanel.open({ tabId });
      return { ok: true };
    }
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar) {
      await sidebar.open();
      return { ok: true };
    }
  } catch (error) {
    console.warn('Reading Context could not open the side panel', error);
  }
  return { ok: false };
}
