import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type StoredFile = Schemas['StoredFileView'];

/** What the API accepts, checked again by the server from the content (the browser's type is only a hint). */
export const ACCEPTED_FILE_TYPES = 'application/pdf,image/png,image/jpeg,image/webp';

export async function uploadFile(client: ApiClient, partnershipId: string, file: File): Promise<StoredFile> {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/files', {
      params: { path: { partnershipId } },
      // The schema types the part as a string; the browser sends the File itself as multipart.
      body: { file: file as unknown as string },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', body.file as unknown as File);
        return form;
      },
    }),
  );
}

/**
 * Uploads one file to the partnership's store (a signed convention, a council decision, a photo for the
 * action log). The answer's id is what the convention and action writes refer to.
 */
export function useUploadFile(partnershipId: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: (file: File) => uploadFile(client, partnershipId, file) });
}

/** Where a party downloads a stored file (served only to the partnership's parties). */
export function storedFileUrl(partnershipId: string, fileId: string): string {
  return `/api/partnerships/${encodeURIComponent(partnershipId)}/files/${encodeURIComponent(fileId)}`;
}
