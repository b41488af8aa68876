// The mock connector for a page built as modules (options, side panel, welcome): a dynamic import,
// which stays a chunk of its own, fetched only when the page is opened with `?mock=1`.
import type { CreateMock } from './mount-page';

export const mockFromChunk = async (): Promise<CreateMock> => (await import('./mock/connector')).createMockConnector;
