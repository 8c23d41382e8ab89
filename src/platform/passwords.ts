import { hash, verify } from '@node-rs/argon2';
import commonPasswords from 'fxa-common-password-list';

// OWASP Password Storage Cheat Sheet: Argon2id, m=19 MiB, t=2, p=1.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const hashPassword = (password: string) => hash(password, options);

// Verifying against this keeps the time of a login for an unknown address equal to a known one.
const dummyHash = hash('klimatandem-dummy-password', options);

export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return ok && passwordHash != null;
  } catch {
    return false;
  }
}

export const isCommonPassword = (password: string) =>
  commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());
