import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (19 MiB, 2 iterations: the OWASP baseline). */
@Injectable()
export class PasswordHasher {
  /** Verified when the e-mail is unknown, so that both failures take the same time. */
  private readonly dummyHash = hash('passerelle-timing-equaliser');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
