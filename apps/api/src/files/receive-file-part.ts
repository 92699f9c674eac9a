import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../common/problem/problem';
import type { IncomingFile } from './files.service';

/** The multipart part that carries the upload. */
export const FILE_PART_NAME = 'file';

/**
 * The upload's file part, as a stream not yet read, or undefined when the request has none (not multipart,
 * no file part, or a file part under another name). Limits are those registered with the multipart plugin.
 */
export async function receiveFilePart(request: FastifyRequest): Promise<IncomingFile | undefined> {
  if (!request.isMultipart()) return undefined;
  const part = await request.file().catch((error: unknown) => {
    throw multipartProblem(error);
  });
  if (!part) return undefined;
  if (part.fieldname !== FILE_PART_NAME) {
    part.file.resume();
    return undefined;
  }
  return {
    filename: part.filename,
    declaredType: part.mimetype,
    content: part.file,
    truncated: () => part.file.truncated,
  };
}

function multipartProblem(error: unknown): ProblemException {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new ProblemException('FILE.TOO_LARGE', 'The file is too large.');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new ProblemException(
      'REQUEST.BAD_REQUEST',
      'Send one file, in a part named "file", and nothing else.',
    );
  }
  return new ProblemException('REQUEST.BAD_REQUEST', 'The body is not valid multipart/form-data.');
}
