/**
 * Public key (SPKI DER, base64) for the Chrome manifest's `key`. It fixes the extension id, so the
 * helper's host manifest can name `chrome-extension://<id>/`. The private key is not needed and not kept.
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu/nWbBY3/tiv9COoIwXKSOTlNUqHbcJ8KVVn+SV+cKjBg7y8LU74+anFnoINaXVc4Z881MV6vvmCRYEYL+dYpMLIOhJU5NQYcyfe3VVEhsF2NQcycoVgHANi/zqHYttocSTNxPjcKop7gf2ACm/aOBXEJWpT7JGDWGIMmJMNe1p3utJLvOTX8DEcBkc4LwZPOrqCNOszLLPzwQMF2WBRdxyHAhZPL66be/zAdqlE5ggEtJLf4/A9rRTBOZQ3bqtvwHOGMFLMB+cWPXQl3WfCmKLOCnbyEWu7qO1qGsef+WK+V7MxJSeOXuODn8znaO7C1rePqXA1u+YLMtSUzsdFQwIDAQAB';
