/** The community area's paths; German, as every path the users see. */
export const COMMUNITY = '/austausch';
export const spacePath = (slug: string) => `${COMMUNITY}/bereiche/${slug}`;
export const askPath = (slug: string) => `${COMMUNITY}/bereiche/${slug}/neu`;
export const threadPath = (id: string) => `${COMMUNITY}/fragen/${id}`;
export const postAnchor = (postId: string) => `beitrag-${postId}`;
export const postPath = (threadId: string, postId: string) => `${threadPath(threadId)}#${postAnchor(postId)}`;
/** The accepted answer becomes a Praxistipp draft (features/tips answers it). */
export const proposeTipPath = (threadId: string) => `${threadPath(threadId)}/praxistipp`;
/** The area's knowledge: Praxistipps (features/tips) and the methods library (features/library). */
export const TIPS_PATH = `${COMMUNITY}/praxistipps`;
export const LIBRARY_PATH = `${COMMUNITY}/methoden`;
export const SEARCH_PATH = `${COMMUNITY}/suche`;
