import type { tandemsAttention as de } from '../de/tandems-attention.ts';

export const tandemsAttention: Record<keyof typeof de, string> = {};
