import { afterEach, describe, expect, it } from 'vitest';
import type { EidService } from '../../../../helper/services/eid-service.ts';
import { eidServiceOnFake, type EidServiceOnFake } from '../../../support/eid-service-on-fake.ts';
import type { FakeSdkOptions, FakeSdkServer } from '../../../support/fake-sdk-server.ts';

let fake: EidServiceOnFake | undefined;
let sdk: FakeSdkServer | undefined;
let service: EidService | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  sdk = undefined;
  service = undefined;
});

async function setUp(options: FakeSdkOptions): Promise<EidService> {
  fake = await eidServiceOnFake(options);
  ({ sdk, service } = fake);
  return fake.service;
}

describe("eid.status: AusweisApp's readers as the popup shows them (docs/EID.md §10a)", () => {
  it('a smartphone paired as a card reader is listed in the status and at the card step like any reader', async () => {
    await setUp({ reader: 'basic', pairedPhone: 'Pixel 8 von Erika' });
    const status = await (service as EidService).status();
    expect(status).toMatchObject({ running: true, ownInstance: false });
    expect(status.readers.map((r) => r.name)).toEqual(['Basisleser', 'Pixel 8 von Erika']);
    const started = await (service as EidService).changePin();
    expect(started).toMatchObject({ ok: true, value: { step: { state: 'card', ownAusweisApp: false } } });
    if (started.ok && started.value.step.state === 'card')
      expect(started.value.step.readers.find((r) => r.name === 'Pixel 8 von Erika')).toMatchObject({
        attached: true,
        insertable: false,
        keypad: true,
      });
  });

  it('asks again, bounded, when the first reader list comes before AusweisApp attached its readers', async () => {
    await setUp({ emptyReaderLists: 1 });
    const status = await (service as EidService).status();
    expect(status.readers.map((r) => r.name)).toEqual(['Simulator']);
    expect(sdk?.commands.filter((c) => c.cmd === 'GET_READER_LIST')).toHaveLength(2);
  });

  it('a machine whose AusweisApp lists no reader gets an empty list after three asks, not a longer wait', async () => {
    await setUp({ emptyReaderLists: 99 });
    const status = await (service as EidService).status();
    expect(status).toMatchObject({ running: true, readers: [] });
    expect(sdk?.commands.filter((c) => c.cmd === 'GET_READER_LIST')).toHaveLength(3);
  });
});
