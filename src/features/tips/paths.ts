import { proposeTipPath } from '../community/index.ts';

/** The paths of the Praxistipps, under the community area. */
export const TIPS = '/austausch/praxistipps';
export const NEW_TIP = `${TIPS}/neu`;
export const REVIEW_QUEUE = `${TIPS}/pruefung`;
export const MY_TIPS = `${TIPS}/meine`;
export const newTipPath = (space: string) => `${NEW_TIP}/${space}`;
export const tipPath = (id: string) => `${TIPS}/${id}`;
export const tipAction = (id: string, action: string) => `${TIPS}/${id}/${action}`;
export const filePath = (tipId: string, fileId: string) => `${TIPS}/${tipId}/anhaenge/${fileId}`;

/** On a thread: the accepted answer becomes a Praxistipp draft. */
export const fromAnswerPath = proposeTipPath;
