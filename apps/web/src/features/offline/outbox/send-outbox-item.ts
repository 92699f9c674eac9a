import type { QueryKey } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/client';
import { addLogEntry, type AddLogEntryInput } from '../../actions/api/add-log-entry';
import { recordMeasurement, type RecordMeasurementInput } from '../../actions/api/record-measurement';
import { recordDialogueEvent, type RecordDialogueEventInput } from '../../dialogue/api/record-dialogue-event';
import { uploadFile } from '../../files/api/upload-file';
import type { OutboxItem, OutboxPhoto } from './outbox-item';

/** Where each kind puts the ids of its uploaded photos. */
const PHOTO_FIELD = {
  'dialogue-exchange': undefined,
  measurement: 'evidenceIds',
  'log-entry': 'attachmentIds',
} as const satisfies Record<OutboxItem['kind'], string | undefined>;

/**
 * Uploads the item's photos not uploaded yet, one by one, saving each id as soon as the API gives it
 * (`keep`), so that a send cut after an upload does not upload that photo again.
 */
export async function uploadPhotos(
  client: ApiClient,
  item: OutboxItem,
  keep: (item: OutboxItem) => Promise<void>,
): Promise<OutboxItem> {
  let current = item;
  for (const [index, photo] of item.photos.entries()) {
    if (photo.storedFileId) continue;
    const file = new File([photo.blob], photo.name, { type: photo.type });
    const stored = await uploadFile(client, item.target.partnershipId, file);
    const photos: OutboxPhoto[] = current.photos.map((other, at) =>
      at === index ? { ...other, storedFileId: stored.id } : other,
    );
    current = { ...current, photos };
    await keep(current);
  }
  return current;
}

/** The body as the API takes it: the photos' ids added to the ones the form had already uploaded. */
function bodyWithPhotos(item: OutboxItem): Record<string, unknown> {
  const field = PHOTO_FIELD[item.kind];
  if (!field) return item.body;
  const already = Array.isArray(item.body[field]) ? (item.body[field] as string[]) : [];
  const uploaded = item.photos.flatMap((photo) => (photo.storedFileId ? [photo.storedFileId] : []));
  return { ...item.body, [field]: [...already, ...uploaded] };
}

/** Sends one item's append with its idempotency key; throws the API's refusal or the network failure. */
export async function sendOutboxItem(client: ApiClient, item: OutboxItem): Promise<void> {
  const { partnershipId, actionId, indicatorId } = item.target;
  const idempotencyKey = item.idempotencyKey;
  // The bodies were built by the forms from the same API types; IndexedDB gives them back as plain data.
  const body = bodyWithPhotos(item);
  switch (item.kind) {
    case 'dialogue-exchange':
      await recordDialogueEvent(client, partnershipId, {
        body: body as unknown as RecordDialogueEventInput,
        idempotencyKey,
      });
      return;
    case 'measurement':
      await recordMeasurement(client, partnershipId, requireId(actionId), {
        indicatorId: requireId(indicatorId),
        body: body as unknown as RecordMeasurementInput,
        idempotencyKey,
      });
      return;
    case 'log-entry':
      await addLogEntry(client, partnershipId, requireId(actionId), {
        body: body as unknown as AddLogEntryInput,
        idempotencyKey,
      });
      return;
    default: {
      const unknownKind: never = item.kind;
      throw new Error(`Unknown outbox item kind ${String(unknownKind)}`);
    }
  }
}

function requireId(id: string | undefined): string {
  if (!id) throw new Error('An action record queued without its action or indicator');
  return id;
}

/** The queries that show what the item adds: everything about its partnership (the action, the dialogue). */
export function queriesShowing(item: OutboxItem): QueryKey {
  return ['partnerships', item.target.partnershipId];
}
