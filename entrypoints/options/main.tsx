// The options page: mounts its app; `?mock=1` swaps in the mock connector.
import '../../components/styles.css';
import '../../components/keep.css';
import { OptionsApp } from '../../components/OptionsApp';
import { mountPage } from '../../components/mount-page';
import { mockFromChunk } from '../../components/mock-chunk';

void mountPage(<OptionsApp />, mockFromChunk);
