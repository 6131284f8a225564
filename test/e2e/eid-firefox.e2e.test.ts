import { afterAll, beforeAll, describe } from 'vitest';
import { optionalTool } from '../support/optional-tool.ts';
import { eidScenario, setUpEid, type EidContext } from './eid-scenario.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');
const cvcCreate = optionalTool('cvc-create', 'openpace');

describe.skipIf(!ausweisApp2.available || !cvcCreate.available)(
  'eID with the real AusweisApp2 in Firefox ESR (built extension, helper, mock eID services)',
  () => {
    let context: EidContext & { close(): Promise<void> };

    beforeAll(async () => {
      // Firefox reaches the fixture hosts through the world's proxy by itself; the helper inherits the rest.
      context = await setUpEid((world, env) => firefoxE2eBrowser(world, { env }));
    }, 90_000);
    afterAll(async () => {
      await context?.close();
    });

    eidScenario(() => context);
  },
);
