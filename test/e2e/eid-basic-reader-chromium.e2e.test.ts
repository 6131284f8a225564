import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { eidBasicReaderScenario } from './eid-basic-reader-scenario.ts';

eidBasicReaderScenario('Chromium', (world, env) => chromiumE2eBrowser(world, { env }));
