/** The host the fixture server answers corpus pages on (`/<platform>/<form>`). */
export const CORPUS_HOST = 'formularkorpus.test';
