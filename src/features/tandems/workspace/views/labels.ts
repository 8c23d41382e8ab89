import type { TandemStatus } from '../../../../db/schema/index.ts';
import type { Side } from '../../../../db/schema/tandems.ts';
import type { MessageKey } from '../../../../i18n/index.ts';

export const statusKey = (s: TandemStatus): MessageKey => `tandems.status.${s}`;
export const sideKey = (s: Side): MessageKey => `tandems.side.${s}`;
