package nl.naober.platform.contacts;

import java.security.SecureRandom;

/** Pseudonyms for lists: {@code INW-7KQ2MX}, random, without letters that look alike. */
final class Pseudonyms {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    static String next() {
        StringBuilder pseudonym = new StringBuilder("INW-");
        for (int i = 0; i < 6; i++) {
            pseudonym.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return pseudonym.toString();
    }
}
