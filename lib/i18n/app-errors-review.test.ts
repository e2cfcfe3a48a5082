// The reviewer's services' failure messages (appErrors.review) in Spanish, the English left as thrown.
import { describe, expect, it } from 'vitest';
import { localizeAppError } from './app-errors';
import { messageFiles } from './messages';

type Tree = { [key: string]: string | Tree };
const review = (locale: 'en' | 'es') => ((messageFiles[locale].appErrors as Tree).review ?? {}) as Record<string, string>;

describe('the reviewer’s failure messages', () => {
  it('are each said in Spanish for a Spanish caller and unchanged for an English one', () => {
    const english = Object.values(review('en'));
    expect(english.length).toBeGreaterThanOrEqual(15);
    for (const text of english) {
      expect(localizeAppError(text, 'en')).toBe(text);
      expect(localizeAppError(text, 'es')).not.toBe(text);
    }
  });

  it('says a refused conflict declaration and a closed discussion in Spanish', () => {
    expect(localizeAppError('This submission is withdrawn; there is nothing to declare.', 'es')).toBe(
      'Esta presentación fue retirada; no hay nada que declarar.',
    );
    expect(localizeAppError('This submission is no longer under review; its discussion is closed.', 'es')).toBe(
      'Esta presentación ya no está en revisión; su discusión está cerrada.',
    );
    expect(localizeAppError('Only its author can edit a comment.', 'es')).toBe('Solo quien escribió un comentario puede editarlo.');
  });
});
