import { field, type FormSpec } from './form-spec.ts';
import { COUNTRIES, SALUTATION_EN } from './option-lists.ts';

const title = field('salutation', ['Title', 'Salutation', 'Form of address'], 'title', { shape: 'select', options: SALUTATION_EN });
const first = field('givenNames', ['First name(s)', 'Given name(s)', 'First name'], 'firstName', { autocomplete: 'given-name' });
const last = field('familyName', ['Surname', 'Last name', 'Family name'], 'lastName', { autocomplete: 'family-name' });
const birthName = field('birthName', ['Name at birth', 'Birth name', 'Surname at birth (if different)'], 'birthName');
// Names the citizen had before are none that is stored: nothing to fill, though their boxes are named like the current ones.
const previousFirst = field(null, ['Previous first name(s)', 'Former given names', 'Previous first name'], 'previousFirstName');
const previousLast = field(null, ['Previous surname', 'Previous last name', 'Former family name'], 'previousLastName');
const dob = field('birthDate', ['Date of birth', 'Date of birth (DD.MM.YYYY)', 'Birth date'], 'dateOfBirth', { shape: 'date' });
const pob = field('placeOfBirth', ['Place of birth', 'Town/city of birth', 'Place of birth'], 'placeOfBirth');
const cob = field(null, ['Country of birth', 'Country of birth', 'Birth country'], 'countryOfBirth', {
  shape: 'select',
  options: COUNTRIES,
});
const nationality = field('nationality', ['Nationality', 'Citizenship', 'Nationality'], 'nationality');
const street = field('street', ['Street', 'Street name', 'Street'], 'street');
const number = field('houseNumber', ['House number', 'House no.', 'Number'], 'houseNumber');
const postcode = field('postalCode', ['Postcode', 'Postal code', 'ZIP / Postal code'], 'postcode');
const town = field('city', ['Town/City', 'City', 'Town', 'Town or city'], 'city');
const country = field('country', ['Country', 'Country of residence', 'Country'], 'country', { shape: 'select', options: COUNTRIES });
const mail = field('email', ['Email address', 'E-mail', 'Email'], 'email', { shape: 'email' });
const phone = field('phone', ['Phone number', 'Telephone', 'Mobile phone'], 'phone', { shape: 'tel' });

export const ENGLISH_FORMS: readonly FormSpec[] = [
  {
    id: 'registration-certificate-en',
    title: 'Application for an extended registration certificate',
    lang: 'en',
    submit: 'Continue',
    sections: [
      {
        titles: ['Applicant', 'Your details', 'Personal details'],
        owner: 'self',
        nameWord: 'applicant',
        fields: [title, first, last, birthName, dob, pob, cob, nationality],
      },
      {
        titles: ['Address', 'Your address in Germany'],
        owner: 'self',
        nameWord: 'address',
        fields: [street, number, postcode, town, country],
      },
      {
        // Opened by a checkbox under the address, with no heading of its own: not the address on record.
        titles: ['Postal address'],
        openedBy: ['Send the certificate to a different address', 'Use a different postal address'],
        owner: 'other',
        nameWord: 'postal',
        fields: [street, number, postcode, town],
      },
      { titles: ['Contact details', 'How can we reach you?'], owner: 'self', nameWord: 'contact', fields: [mail, phone] },
      {
        // Someone else's details, asked in the third person.
        titles: ['Someone helping you with this application', 'Person helping you'],
        owner: 'other',
        nameWord: 'helper',
        fields: [
          field('fullName', ['Their full name', 'Their name'], 'helperName'),
          field(null, ['Relationship to you', 'How do they know you?'], 'relationship'),
          field('phone', ['Their phone number', 'Their telephone number'], 'helperPhone', { shape: 'tel' }),
        ],
      },
    ],
  },
  {
    id: 'child-benefit-en',
    title: 'Application for child benefit (Kindergeld)',
    lang: 'en',
    submit: 'Next step',
    sections: [
      {
        titles: ['Applicant', 'Your personal details'],
        owner: 'self',
        nameWord: 'applicant',
        fields: [first, last, dob, street, number, postcode, town, phone],
      },
      {
        titles: ['Spouse or civil partner', 'Details of your spouse / partner'],
        owner: 'partner',
        nameWord: 'spouse',
        fields: [first, last, birthName, dob, nationality],
      },
      {
        titles: ['Child {n}', 'Details of the child'],
        owner: 'child',
        repeat: 2,
        numbered: true,
        nameWord: 'child',
        fields: [first, last, dob, pob],
      },
      {
        titles: ['Bank details'],
        owner: 'self',
        nameWord: 'bank',
        fields: [field('fullName', ['Account holder', 'Name of account holder'], 'accountHolder'), field('iban', ['IBAN'], 'iban')],
      },
      {
        titles: ['Next of kin', 'Emergency contact'],
        owner: 'other',
        nameWord: 'kin',
        fields: [field('fullName', ['Full name', 'Name'], 'kinName'), phone],
      },
    ],
  },
  {
    id: 'residence-en',
    title: 'Residence permit: first application',
    lang: 'en',
    submit: 'Continue',
    sections: [
      {
        titles: ['Personal details', 'Applicant'],
        owner: 'self',
        nameWord: 'applicant',
        fields: [last, first, birthName, previousFirst, previousLast, dob, pob, cob, nationality, mail],
      },
      {
        titles: ['Passport', 'Travel document'],
        owner: 'self',
        nameWord: 'passport',
        fields: [
          field('documentType', ['Type of travel document', 'Document type'], 'documentType', {
            shape: 'select',
            options: ['Please select', 'Passport', 'ID card', 'Travel document for refugees'],
          }),
          field(null, ['Passport number', 'Document number'], 'passportNumber'),
          // "Expiry date" alone means a card's almost everywhere; under the travel document it is the document's.
          field('validUntil', ['Date of expiry', 'Valid until', 'Expiry date'], 'expiryDate', { shape: 'date' }),
          field('issuingState', ['Issuing country', 'Issuing state'], 'issuingCountry', { shape: 'select', options: COUNTRIES }),
        ],
      },
      {
        titles: ['Employer', 'Details of your employer'],
        owner: 'thing',
        nameWord: 'employer',
        fields: [
          field(null, ['Company name', 'Name of employer'], 'companyName'),
          field(null, ['Street and number', 'Address'], 'employerStreet'),
          postcode,
          town,
          phone,
        ],
      },
      {
        titles: ['Your employment', 'Employment'],
        owner: 'thing',
        nameWord: 'employment',
        fields: [field(null, ['Town or city of workplace', 'Place of work'], 'workplaceTown'), field(null, ['Job title'], 'jobTitle')],
      },
    ],
  },
];
