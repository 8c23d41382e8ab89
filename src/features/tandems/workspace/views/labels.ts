import type { TandemStatus } from '../../../../db/schema/index.ts';
import type { EndKind } from '../../../../db/schema/matching.ts';
import type { Side } from '../../../../db/schema/tandems.ts';
import type { MessageKey } from '../../../../i18n/index.ts';

export const statusKey = (s: TandemStatus): MessageKey => `tandems.status.${s}`;
export const endKindKey = (k: EndKind): MessageKey => `tandems.endKind.${k}`;
export const sideKey = (s: Side): MessageKey => `tandems.side.${s}`;
