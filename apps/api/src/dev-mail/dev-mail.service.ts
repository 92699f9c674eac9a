import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { ProblemException } from '../common/problem/problem';
import type { CapturedMailDto, CapturedMailListDto } from './dto/captured-mail.dto';

const LIST_LIMIT = 100;
/** Ids are the sink's file names: a timestamp and a short random suffix, nothing that could climb folders. */
const MAIL_ID_PATTERN = /^[0-9TZ-]+-[0-9a-f]{8}$/;

/** Reads what the local SMTP sink captured; available only in development, never in production. */
@Injectable()
export class DevMailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async list(): Promise<CapturedMailListDto> {
    const dir = this.sinkDir();
    const files = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json'));
    const newest = files.sort().reverse().slice(0, LIST_LIMIT);
    const mails = await Promise.all(newest.map((name) => this.read(join(dir, name))));
    return { items: mails.map(({ text: _text, html: _html, ...summary }) => summary) };
  }

  async get(id: string): Promise<CapturedMailDto> {
    const dir = this.sinkDir();
    if (!MAIL_ID_PATTERN.test(id))
      throw new ProblemException('RESOURCE.NOT_FOUND', `No captured mail ${id}.`);
    return this.read(join(dir, `${id}.json`)).catch(() => {
      throw new ProblemException('RESOURCE.NOT_FOUND', `No captured mail ${id}.`);
    });
  }

  private sinkDir(): string {
    const dir = this.config.mailSinkDir;
    if (!dir || this.config.nodeEnv === 'production') {
      throw new ProblemException('RESOURCE.NOT_FOUND', 'The local mail sink exists only in development.');
    }
    return dir;
  }

  private async read(path: string): Promise<CapturedMailDto> {
    return JSON.parse(await readFile(path, 'utf8')) as CapturedMailDto;
  }
}
