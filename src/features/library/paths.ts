/** The methods library's paths; German, as every path the users see. */
export const LIBRARY = '/austausch/methoden';
export const NEW_ITEM = `${LIBRARY}/neu`;
export const itemPath = (id: string) => `${LIBRARY}/${id}`;
export const itemFilePath = (id: string) => `${itemPath(id)}/datei`;
export const editItemPath = (id: string) => `${itemPath(id)}/bearbeiten`;
export const deleteItemPath = (id: string) => `${itemPath(id)}/loeschen`;

/** The training modules ("Mentor*innen-Schulung"). */
export const MODULES = `${LIBRARY}/schulung`;
export const NEW_MODULE = `${MODULES}/neu`;
export const modulePath = (id: string) => `${MODULES}/${id}`;
export const editModulePath = (id: string) => `${modulePath(id)}/bearbeiten`;
export const completeModulePath = (id: string) => `${modulePath(id)}/abschliessen`;
export const publishModulePath = (id: string) => `${modulePath(id)}/veroeffentlichen`;
export const moveModuleItemPath = (id: string) => `${modulePath(id)}/reihenfolge`;
export const deleteModulePath = (id: string) => `${modulePath(id)}/loeschen`;

export const libraryUrl = (values: Record<string, string>) => {
  const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString();
  return q ? `${LIBRARY}?${q}` : LIBRARY;
};
