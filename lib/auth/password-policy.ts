/** The password rule, importable by browser forms without pulling in the hashing library. */
export const PASSWORD_MIN_LENGTH = 10;
