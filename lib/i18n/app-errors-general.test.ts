// The failures a person meets on their own account (sign-in, profile, privacy, certificates,
// agreements) are said in Spanish to a Spanish caller, and unchanged in English.
import { describe, expect, it } from 'vitest';
import { localizeAppError } from './app-errors';

describe('the general area’s failure messages', () => {
  it('says a wrong password, an open erasure request and a certificate refusal in Spanish', () => {
    const wrong = 'That email and password do not match an account. Check them, or sign in with an email link instead.';
    expect(localizeAppError(wrong, 'es')).toBe(
      'Ese correo y esa contraseña no coinciden con ninguna cuenta. Revísalos, o inicia sesión con un enlace por correo.',
    );
    expect(localizeAppError(wrong, 'en')).toBe(wrong);
    expect(localizeAppError('You already asked for your data to be erased; a program admin is looking at it.', 'es')).toMatch(
      /^Ya pediste que se eliminen tus datos/,
    );
    expect(localizeAppError('Add your name in your profile first: the certificate is issued in it.', 'es')).toBe(
      'Primero añade tu nombre en tu perfil: el certificado se emite con él.',
    );
  });
});
