// The sidepanel page: mounts its app; `?mock=1` swaps in the mock connector.
import '../../components/styles.css';
import '../../components/keep.css';
import { SidePanelApp } from '../../components/SidePanelApp';
import { tabIdFromSearch } from '../../components/tab-from-search';
import { mountPage } from '../../components/mount-page';
import { mockFromChunk } from '../../components/mock-chunk';

void mountPage(<SidePanelApp fixedTabId={tabIdFromSearch(location.search)} />, mockFromChunk);
