export * from './accounts.ts';
export * from './community.ts';
export * from './matching.ts';
export * from './platform.ts';
export * from './programmes.ts';
export * from './registration.ts';
export * from './tandem-help.ts';
export * from './tandems.ts';
