/** Texts of `npm run cli -- matching:solve`, the offline solver for analysts. Numbers count from 0. */
export const matchingCli = {
  'cli.matchingSolve.notJson':
    'Die Eingabe ist kein gültiges JSON. Erwartet wird ein Objekt mit „mentees“, „capacity“ und „edges“.',
  'cli.matchingSolve.notObject':
    'Die Eingabe muss ein JSON-Objekt mit „mentees“, „capacity“ und „edges“ sein, wahlweise mit „minScore“ und „mode“.',
  'cli.matchingSolve.unknownField':
    'Unbekanntes Feld in der Eingabe: {field}. Erlaubt sind „mentees“, „capacity“, „edges“, „minScore“ und „mode“.',
  'cli.matchingSolve.mentees': '„mentees“ muss die Anzahl der Mentees sein: eine ganze Zahl von 0 bis {max}.',
  'cli.matchingSolve.capacity':
    '„capacity“ muss eine Liste mit einer Kapazität je Mentor*in sein, höchstens {max} Einträge.',
  'cli.matchingSolve.capacityEntry':
    'Eintrag {index} in „capacity“ muss eine ganze Zahl von 0 bis {maxCapacity} sein.',
  'cli.matchingSolve.edges': '„edges“ muss eine Liste von Paaren [Mentee, Mentor*in, Punktzahl] sein.',
  'cli.matchingSolve.edge':
    'Paar {index} in „edges“ muss die Form [Mentee, Mentor*in, Punktzahl] haben: zwei ganze Zahlen ab 0 und eine endliche Zahl.',
  'cli.matchingSolve.minScore': '„minScore“ muss eine endliche Zahl sein.',
  'cli.matchingSolve.mode':
    '„mode“ muss „score“ (höchste Gesamtpunktzahl) oder „participation“ (möglichst viele Tandems) sein.',
  'cli.matchingSolve.menteeOutOfRange':
    'Paar {index} in „edges“ nennt Mentee {mentee}, die Nummer muss aber kleiner als „mentees“ ({count}) sein.',
  'cli.matchingSolve.mentorOutOfRange':
    'Paar {index} in „edges“ nennt Mentor*in {mentor}, die Nummer muss aber kleiner als die Länge von „capacity“ ({count}) sein.',
  'cli.matchingSolve.duplicatePair':
    'Paar {index} in „edges“ wiederholt Mentee {mentee} mit Mentor*in {mentor} aus Paar {first}. Jedes Paar darf nur einmal vorkommen.',
} as const;
