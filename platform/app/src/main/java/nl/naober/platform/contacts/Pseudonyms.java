package nl.naober.platform.contacts;

import java.security.SecureRandom;

/** Pseudonyms for lists: {@code INW-7KQ2MX}, random, without letters that look alike. */
final class Pseudonyms {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    static String next() {
        return random("INW-", 6);
    }

    /**
     * What an anonymised resident is called instead: {@code ANON-7KQ2MXA}. Still unique (the
     * column is), but no longer the pseudonym that notes, e-mails or memories link to her.
     */
    static String anonymous() {
        return random("ANON-", 7);
    }

    private static String random(String prefix, int length) {
        StringBuilder pseudonym = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            pseudonym.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return pseudonym.toString();
    }
}
