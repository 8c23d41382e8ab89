import type { ActorKind } from '../../src/policy/index.ts';

/**
 * Every route, for every kind of actor. What the guard must do:
 * allow – the handler runs; login – redirect to the login page; deny – 403;
 * account – already signed in, sent to the account page; restart – no login in progress, back to /anmelden.
 */
export type Outcome = 'allow' | 'login' | 'deny' | 'account' | 'restart';
export type Row = { url?: string } & Record<ActorKind, Outcome>;

export const everyone: Record<ActorKind, Outcome> = {
  anonymous: 'allow',
  participant: 'allow',
  coordinator: 'allow',
  admin: 'allow',
};
export const signedIn: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'allow',
  coordinator: 'allow',
  admin: 'allow',
};
export const adminOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'deny',
  admin: 'allow',
};
export const signedOut: Record<ActorKind, Outcome> = {
  anonymous: 'allow',
  participant: 'account',
  coordinator: 'account',
  admin: 'account',
};
export const midLogin: Record<ActorKind, Outcome> = {
  anonymous: 'restart',
  participant: 'restart',
  coordinator: 'restart',
  admin: 'restart',
};
/**
 * A tandem's contents: signed out, the login for any id (a mail's link leads through it); signed in,
 * the handler then answers 404 to anyone but the two members.
 */
export const members: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'allow',
  coordinator: 'allow',
  admin: 'allow',
};
