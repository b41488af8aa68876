// Where a tab's report is kept in storage.session: shared by the background that writes it and the
// extension pages that read it directly, without waking the service worker.
export const reportKey = (tabId: number): string => `report:${tabId}`;
