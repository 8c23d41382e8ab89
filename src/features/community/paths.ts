/** The community area's paths; German, as every path the users see. */
export const COMMUNITY = '/austausch';
export const spacePath = (slug: string) => `${COMMUNITY}/bereiche/${slug}`;
export const askPath = (slug: string) => `${COMMUNITY}/bereiche/${slug}/neu`;
export const threadPath = (id: string) => `${COMMUNITY}/fragen/${id}`;
export const postAnchor = (postId: string) => `beitrag-${postId}`;
export const postPath = (threadId: string, postId: string) => `${threadPath(threadId)}#${postAnchor(postId)}`;
export const SEARCH_PATH = `${COMMUNITY}/suche`;
