/** Option lists as German forms carry them. */
export const ANREDE = ['Bitte wählen', 'Herr', 'Frau', 'keine Anrede'];
export const GESCHLECHT = ['Bitte wählen', 'männlich', 'weiblich', 'divers', 'ohne Angabe'];
export const STAATSANGEHOERIGKEIT = ['Bitte wählen', 'deutsch', 'österreichisch', 'polnisch', 'türkisch', 'italienisch', 'syrisch', 'ukrainisch', 'staatenlos'];
export const LAENDER = ['Bitte wählen', 'Deutschland', 'Afghanistan', 'Ägypten', 'Albanien', 'Belgien', 'Bulgarien', 'Dänemark', 'Estland', 'Finnland', 'Frankreich', 'Griechenland',
  'Irland', 'Italien', 'Kroatien', 'Lettland', 'Litauen', 'Luxemburg', 'Niederlande', 'Österreich', 'Polen', 'Portugal', 'Rumänien', 'Schweden', 'Schweiz', 'Spanien', 'Syrien', 'Türkei', 'Ukraine'];
export const COUNTRIES = ['Please select', 'Germany', 'Afghanistan', 'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Denmark', 'France', 'Greece', 'Ireland', 'Italy', 'Netherlands',
  'Poland', 'Portugal', 'Romania', 'Spain', 'Sweden', 'Switzerland', 'Syria', 'Turkey', 'Ukraine', 'United Kingdom'];
export const SALUTATION_EN = ['Please select', 'Mr', 'Mrs', 'Ms', 'Mx'];
export const DOKUMENTART = ['Bitte wählen', 'Personalausweis', 'Reisepass', 'eID-Karte', 'Aufenthaltstitel'];
export const HUNDERASSEN = ['Bitte wählen', 'Mischling', 'Labrador', 'Dackel', 'Schäferhund'];
export const STANDORTE = ['Bitte wählen', 'Bürgerbüro Mitte', 'Bürgerbüro Nord', 'Bürgerbüro Süd'];
export const GEMEINDEN = ['Alle Gemeinden', 'Altenbeken', 'Bad Lippspringe', 'Borchen', 'Büren', 'Delbrück', 'Hövelhof', 'Lichtenau', 'Paderborn', 'Salzkotten', 'Wünnenberg'];
