/** Where `/popup-mock.js` (entrypoints/popup-mock.ts) leaves the mock connector's factory for the popup. */
export const MOCK_CONNECTOR_SLOT = '__readingContextMock';
