// The welcome page, opened once on a first install: mounts its app; `?mock=1` swaps in the mock connector.
import '../../components/styles.css';
import '../../components/keep.css';
import { WelcomeApp } from '../../components/WelcomeApp';
import { mountPage } from '../../components/mount-page';
import { mockFromChunk } from '../../components/mock-chunk';

void mountPage(<WelcomeApp />, mockFromChunk);
