// The popup page: mounts its app; `?mock=1` swaps in the mock connector.
import '../../components/styles.css';
import { PopupApp } from '../../components/PopupApp';
import { tabIdFromSearch } from '../../components/use-tab-id';
import { mountPage } from '../../components/mount-page';

void mountPage(<PopupApp fixedTabId={tabIdFromSearch(location.search)} />);
