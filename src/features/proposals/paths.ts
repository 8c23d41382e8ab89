/** The participants' proposal pages; mails link here too. */
export const LIST_PATH = '/vorschlaege';
export const proposalPath = (id: string) => `${LIST_PATH}/${id}`;
