import { eidBasicReaderScenario } from './eid-basic-reader-scenario.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';

eidBasicReaderScenario('Firefox ESR', (world, env) => firefoxE2eBrowser(world, { env }));
