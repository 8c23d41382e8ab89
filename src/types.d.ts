declare module 'fxa-common-password-list' {
  const list: { test(password: string): boolean };
  export default list;
}

/** The path of the W3C Nu HTML checker's jar (browser journeys check every page with it). */
declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}
