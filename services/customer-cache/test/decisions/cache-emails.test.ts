import { describe, expect, it } from 'vitest';
import {
  cacheCsvBase64,
  duplicatesEmail,
  mailTimestamp,
  snapshotEmail,
} from '../../src/decisions/cache-emails.js';
import { anyEntry } from './support.js';

const now = new Date('2023-04-09T13:05:07Z');

describe('cache e-mails', () => {
  it('time stamps as %B %d %Y - %H:%M:%S in UTC', () => {
    expect(mailTimestamp(now)).toBe('April 09 2023 - 13:05:07');
  });

  it('the snapshot CSV has the original columns, quoting only what must be', () => {
    const entry = anyEntry({
      bruin_client_info: { client_id: 1, client_name: 'Acme, "Inc"', site_id: 2 },
      logical_ids: [
        { interface_name: 'GE1', logical_id: 'a', access_type: null, service_number: null },
      ],
    });
    const csv = Buffer.from(cacheCsvBase64([entry]), 'base64').toString('utf8');
    expect(csv.split('\r\n')).toEqual([
      'Serial Number,Bruin Client ID,Bruin Client Name,Velo Host,Velo Enterprise ID,Velo Edge ID,Last Contact,Logical IDs',
      'VC05200071234,1,"Acme, ""Inc""",mettel.velocloud.net,41,2287,2023-04-11T13:14:58.000Z,' +
        '"[{""interface_name"":""GE1"",""logical_id"":""a"",""access_type"":null,""service_number"":null}]"',
      '',
    ]);
  });

  it('one snapshot mail per host with the old and the new cache attached', () => {
    const mail = snapshotEmail({
      host: 'h',
      environment: 'production',
      recipient: 'ops@x',
      oldCache: [],
      newCache: [anyEntry()],
      now,
    });
    expect(mail.subject).toBe(
      'Customer cache snapshots. Environment: production. Host: h. April 09 2023 - 13:05:07',
    );
    expect(mail.recipient).toBe('ops@x');
    expect(mail.attachments.map((a) => a.name)).toEqual([
      'old_customer_cache_h_April 09 2023 - 13:05:07.csv',
      'new_customer_cache_h_April 09 2023 - 13:05:07.csv',
    ]);
    expect(mail.images).toEqual([]);
  });

  it('the duplicates mail lists each serial and its inventories', () => {
    const record = { client_id: 1, client_name: 'A', site_id: 2 };
    const mail = duplicatesEmail({
      recipient: 'ops@x',
      duplicates: new Map([['S1', [record, record]]]),
      now,
    });
    expect(mail.subject).toBe('Serials with multiple inventory items (April 09 2023 - 13:05:07)');
    expect(mail.html).toContain('<p>Serial: S1 and items: [{"client_id":1');
  });
});
