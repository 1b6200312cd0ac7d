package nl.naober.kernel;

/**
 * The Dutch "elfproef" for nine-digit numbers (BSN, RSIN): the weighted sum
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11.
 */
public final class ElevenProof {

    private ElevenProof() {
    }

    /** True when {@code value} is nine digits, not all zero, and passes the 11-proof. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += (i == 8 ? -1 : 9 - i) * digit;
        }
        return !allZero && sum % 11 == 0;
    }
}
