import { z } from 'zod';
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from '../../platform/passwords.ts';

const email = z
  .string()
  .trim()
  .min(1, 'form.email.required')
  .max(254, 'form.email.invalid')
  .pipe(z.email('form.email.invalid'))
  .transform((e) => e.toLowerCase());

/** NIST SP 800-63B: length and a list of common passwords, no composition rules. */
export const newPassword = z
  .string()
  .min(1, 'form.password.required')
  .min(PASSWORD_MIN, 'form.password.tooShort')
  .max(PASSWORD_MAX, 'form.password.tooLong')
  .refine((p) => !isCommonPassword(p), 'form.password.common');

export const signupForm = z.object({
  name: z.string().trim().min(1, 'form.name.required').max(200, 'form.tooLong'),
  email,
  password: newPassword,
});

export const loginForm = z.object({
  email,
  password: z.string().min(1, 'form.password.required').max(1024, 'form.password.tooLong'),
  weiter: z.string().optional(),
});

export const emailForm = z.object({ email });

export const tokenForm = z.object({ token: z.string().min(10).max(200) });

export const resetForm = z.object({
  token: z.string().min(10).max(200),
  password: newPassword,
});

export const changePasswordForm = z.object({
  currentPassword: z.string().min(1, 'form.password.currentRequired').max(1024, 'form.password.tooLong'),
  password: newPassword,
});

export const changeEmailForm = z.object({
  email,
  emailCurrentPassword: z.string().min(1, 'form.password.currentRequired').max(1024, 'form.password.tooLong'),
});

export const confirmPasswordForm = z.object({
  currentPassword: z.string().min(1, 'form.password.currentRequired').max(1024, 'form.password.tooLong'),
});

export const disableMfaForm = z.object({
  disablePassword: z.string().min(1, 'form.password.currentRequired').max(1024, 'form.password.tooLong'),
});

export const mfaCodeForm = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'form.mfaCode.required')
    .max(40, 'form.mfaCode.invalid')
    .transform((c) => c.replace(/[\s-]/g, '')),
});

export const setupForm = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1, 'form.name.required').max(200, 'form.tooLong'),
  email,
  password: newPassword,
});

/** A path on this site to return to after login; anything else falls back to the account page. */
export function safeReturnPath(value: string | undefined): string {
  if (value && /^\/(?!\/)[^\s\\]*$/.test(value) && !value.startsWith('/anmelden')) return value;
  return '/konto';
}
